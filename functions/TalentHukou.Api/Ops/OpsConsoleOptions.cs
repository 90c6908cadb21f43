using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Api.Ops;

/// <summary>
/// How the ops page signs an operator in (section <c>OpsConsole</c>): Entra ID, authorization code with PKCE, as a
/// public client (no secret). Required outside Development; in Development, without them, the page takes a dev token.
/// </summary>
public sealed class OpsConsoleOptions : ISelfValidatingOptions
{
    public const string SectionName = "OpsConsole";

    /// <summary>The OpenID Connect authority (e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>).</summary>
    public string? Authority { get; set; }

    /// <summary>The client id of the app registration whose SPA redirect URI is the page (<c>…/api/ops</c>).</summary>
    public string? ClientId { get; set; }

    /// <summary>The scope of the access token the page asks for; its audience must be <c>Auth:Audience</c>.</summary>
    public string? Scope { get; set; }

    public bool SignsIn => !string.IsNullOrWhiteSpace(Authority);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        var any = SignsIn || !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(Scope);
        if (!any && environment.IsDevelopment()) yield break;
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority)
            || !(authority.Scheme == Uri.UriSchemeHttps
                || (authority.Scheme == Uri.UriSchemeHttp && environment.IsDevelopment()))
            || authority.Query.Length > 0 || authority.Fragment.Length > 0)
            yield return "OpsConsole:Authority must be the absolute https URL of the OpenID Connect authority "
                + "(required outside Development; http only in Development).";
        if (string.IsNullOrWhiteSpace(ClientId) || ClientId.Length > 100 || !ClientId.All(IsPlain))
            yield return "OpsConsole:ClientId must be set: the ops page's app registration "
                + "(letters, digits, '-', '.').";
        if (string.IsNullOrWhiteSpace(Scope) || Scope.Length > 500 || Scope.Any(char.IsControl))
            yield return "OpsConsole:Scope must be set: the API scope the page's access token is for.";
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_';
}
