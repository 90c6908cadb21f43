using System.Net;
using TalentHukou.Adapters.Email;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Tests.Notifications.Templates;

public sealed class EmailTemplateCatalogTests
{
    private readonly EmailTemplateCatalog _catalog = new();

    [Theory]
    [MemberData(nameof(TemplateSamples.AllKinds), MemberType = typeof(TemplateSamples))]
    public void Render_EachKind_ChineseTextWithItsValuesAndOneEnglishLine(NotificationKind kind)
    {
        var values = TemplateSamples.For(_catalog, kind);

        var email = _catalog.Render(kind, values);

        Assert.StartsWith("【广州引进在职人才入户】", email.Subject);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", email.Subject);
        Assert.NotEmpty(values);
        foreach (var (name, value) in values.Where(v => !TemplateSamples.ChoiceNames.Contains(v.Key)))
        {
            Assert.Contains(value, email.PlainText);
            Assert.Contains(WebUtility.HtmlEncode(value), email.Html);
        }

        Assert.Single(email.PlainText.Split('\n'), line => line.Length > 0 && line.All(char.IsAscii));
        Assert.Contains("<p lang=\"en\">", email.Html);
        Assert.DoesNotContain("{", email.PlainText + email.Subject);
    }

    [Fact]
    public void Render_ValueWithMarkup_IsEncodedInHtmlAndKeptInPlainText()
    {
        var values = TemplateSamples.For(_catalog, NotificationKind.HrssReviewRejected);
        values["Reason"] = "<script>alert('x')</script> & 材料不全";

        var email = _catalog.Render(NotificationKind.HrssReviewRejected, values);

        Assert.DoesNotContain("<script>", email.Html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 材料不全", email.Html);
        Assert.Contains("<script>alert('x')</script> & 材料不全", email.PlainText);
    }

    [Fact]
    public void Render_FullIdNumberAndPhoneInValues_AreMaskedEverywhere()
    {
        var values = TemplateSamples.For(_catalog, NotificationKind.UnitReviewRejected);
        values["RecipientName"] = "张三 44010619900101123X";
        values["Reason"] = "联系电话13812345678与身份证440106199001011234不符";

        var email = _catalog.Render(NotificationKind.UnitReviewRejected, values);

        var all = email.Subject + email.PlainText + email.Html;
        Assert.DoesNotContain("44010619900101123X", all);
        Assert.DoesNotContain("440106199001011234", all);
        Assert.DoesNotContain("13812345678", all);
        Assert.Contains("4401**********123X", email.PlainText);
        Assert.Contains("4401**********1234", email.PlainText);
        Assert.Contains("138****5678", email.PlainText);
    }

    [Fact]
    public void Render_MissingValue_ThrowsNamingTheValue()
    {
        var values = TemplateSamples.For(_catalog, NotificationKind.PublicityStarted);
        values.Remove("PublicityEndDate");

        var error = Assert.Throws<ArgumentException>(() => _catalog.Render(NotificationKind.PublicityStarted, values));

        Assert.Contains("PublicityStarted", error.Message);
        Assert.Contains("'PublicityEndDate'", error.Message);
    }

    [Fact]
    public void Render_UnknownChoice_ThrowsListingTheAllowedValues()
    {
        var values = TemplateSamples.For(_catalog, NotificationKind.ObjectionResolved);
        values["Outcome"] = "Maybe";

        var error = Assert.Throws<ArgumentException>(() => _catalog.Render(NotificationKind.ObjectionResolved, values));

        Assert.Contains("Upheld, NotUpheld", error.Message);
    }
}
