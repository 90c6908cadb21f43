namespace TalentHukou.Workflows.Notifications;

/// <summary>
/// The front-end pages e-mails link to, defined once: <see cref="FrontendOptions.BaseUrl"/> plus a path per action
/// (documented for the front-end teams in docs/architecture.md, "For front ends"). The card's QR code is not one of
/// them: it points at the API's verification route.
/// </summary>
public sealed class FrontendLinks(string baseUrl)
{
    /// <summary>The default base URL: a local front-end dev server (Vite's port).</summary>
    public const string LocalPlaceholder = "http://localhost:5173";

    public const string ApplicationStatusPath = "/applications/{applicationId}";
    public const string CardDownloadPath = "/applications/{applicationId}/card";
    public const string CorrectionPath = "/applications/{applicationId}/correction";
    public const string TicketPath = "/support/tickets/{ticketId}";
    public const string RegistryRequestPath = "/registry/requests/{requestId}";

    /// <summary>The template values the links fill (<c>{StatusUrl}</c> and the rest), and the id each needs.</summary>
    private static readonly (string Value, string Id, string Path)[] Links =
    [
        ("StatusUrl", "ApplicationId", ApplicationStatusPath),
        ("CardUrl", "ApplicationId", CardDownloadPath),
        ("CorrectionUrl", "ApplicationId", CorrectionPath),
        ("TicketUrl", "TicketId", TicketPath),
        ("RequestUrl", "RequestId", RegistryRequestPath),
    ];

    private readonly string root = baseUrl.TrimEnd('/');

    public FrontendLinks() : this(LocalPlaceholder)
    {
    }

    /// <summary>The names of the values links provide (never asked of the code that queues a notice).</summary>
    public static IReadOnlySet<string> ValueNames { get; } = Links.Select(l => l.Value).ToHashSet();

    /// <summary><paramref name="values"/> plus every link whose id they carry.</summary>
    public IReadOnlyDictionary<string, string> AddTo(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var all = new Dictionary<string, string>(values);
        foreach (var (value, id, path) in Links)
            if (values.TryGetValue(id, out var idValue) && !string.IsNullOrWhiteSpace(idValue))
                all[value] = Url(path, idValue);
        return all;
    }

    private string Url(string path, string id) =>
        root + path[..path.IndexOf('{', StringComparison.Ordinal)] + Uri.EscapeDataString(id)
            + path[(path.IndexOf('}', StringComparison.Ordinal) + 1)..];
}
