using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Workflows.Notifications;

/// <summary>Where people open the service (section <c>Frontend</c>): every link in an e-mail starts here.</summary>
public sealed class FrontendOptions : ISelfValidatingOptions
{
    public const string SectionName = "Frontend";

    /// <summary>
    /// The front end's absolute base URL; the local default is the documented placeholder of a dev server.
    /// </summary>
    public string BaseUrl { get; set; } = FrontendLinks.LocalPlaceholder;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (!PublicAddress.IsHttp(BaseUrl)) yield return "Frontend:BaseUrl must be an absolute http(s) URL.";
        // E-mail links outlive the deployment too: outside Development they must open the public front end.
        else if (!environment.IsDevelopment() && !PublicAddress.IsPublicHttps(BaseUrl))
            yield return "Frontend:BaseUrl must be the public https address of the front end (not localhost) outside "
                + "Development.";
    }
}
