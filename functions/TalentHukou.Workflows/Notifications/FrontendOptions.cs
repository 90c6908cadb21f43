namespace TalentHukou.Workflows.Notifications;

/// <summary>Where people open the service (section <c>Frontend</c>): every link in an e-mail starts here.</summary>
public sealed class FrontendOptions
{
    public const string SectionName = "Frontend";

    /// <summary>The front end's absolute base URL; the local default is the documented placeholder of a dev server.</summary>
    public string BaseUrl { get; set; } = FrontendLinks.LocalPlaceholder;
}
