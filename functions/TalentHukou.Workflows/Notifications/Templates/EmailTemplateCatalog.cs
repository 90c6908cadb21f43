using System.Net;
using System.Text;
using TalentHukou.Adapters.Email;
using TalentHukou.Workflows.Notifications;

namespace TalentHukou.Workflows.Notifications.Templates;

/// <summary>
/// Renders the notice for a <see cref="NotificationKind"/> from named values (application id, masked name, dates...).
/// Values are scrubbed of ID-number-like and phone-like runs and HTML-encoded in the HTML body; a missing value
/// throws <see cref="ArgumentException"/> naming it.
/// </summary>
public sealed class EmailTemplateCatalog(FrontendLinks links)
{
    public EmailTemplateCatalog() : this(new FrontendLinks())
    {
    }

    private const string SubjectPrefix = "【广州引进在职人才入户】";
    private const string Footer = "广州市引进在职人才入户系统（本邮件由系统自动发送，请勿直接回复）";

    /// <summary>The value names the template of <paramref name="kind"/> needs.</summary>
    public IReadOnlySet<string> RequiredValues(NotificationKind kind)
    {
        var template = EmailTemplates.For(kind);
        return template.Body.Append(template.Subject).Append(template.English).SelectMany(TemplateText.Names)
            .Where(name => !FrontendLinks.ValueNames.Contains(name)).ToHashSet();
    }

    /// <summary>Renders the notice of <paramref name="kind"/> with <paramref name="values"/>.</summary>
    public RenderedEmail Render(NotificationKind kind, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        values = links.AddTo(values);
        var template = EmailTemplates.For(kind);
        var subject = SubjectPrefix + TemplateText.Fill(template.Subject, values, kind);
        var body = template.Body.Select(line => TemplateText.Fill(line, values, kind)).ToList();
        var english = TemplateText.Fill(template.English, values, kind);

        var text = new StringBuilder();
        body.ForEach(line => text.Append(line).Append('\n'));
        text.Append('\n').Append(english).Append("\n\n").Append(Footer).Append('\n');

        var html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject)).Append("</title></head><body>");
        body.ForEach(line => html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>"));
        html.Append("<p lang=\"en\">").Append(WebUtility.HtmlEncode(english)).Append("</p>")
            .Append("<p><small>").Append(WebUtility.HtmlEncode(Footer)).Append("</small></p></body></html>");

        return new RenderedEmail(subject, text.ToString(), html.ToString());
    }
}
