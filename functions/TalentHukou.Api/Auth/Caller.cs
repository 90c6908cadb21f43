using System.Security.Claims;

namespace TalentHukou.Api.Auth;

/// <summary>The signed-in person or system: subject, roles, and the scopes of unit admins and reviewers.</summary>
public sealed record Caller(string Subject, IReadOnlySet<string> Roles, string? Unit, string? Hrss)
{
    /// <summary>The person's e-mail address from the token's <c>email</c> claim, when the identity provider sends one.</summary>
    public string? Email { get; init; }

    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>
    /// The caller as the token describes it. The subject is <c>oid</c> when present (Entra's object id, the same for
    /// every app, the id admins assign staff roles to) and <c>sub</c> otherwise (dev tokens; Entra v2's <c>sub</c> is
    /// per application). Roles and scopes here are the token's claims, before <see cref="CallerResolver"/> decides
    /// which of them count.
    /// </summary>
    public static Caller FromClaims(ClaimsIdentity identity) => new(
        SubjectOf(identity),
        identity.FindAll("roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        identity.FindFirst("unit")?.Value,
        identity.FindFirst("hrss")?.Value)
    {
        Email = identity.FindFirst("email")?.Value,
    };

    private static string SubjectOf(ClaimsIdentity identity) =>
        identity.FindFirst("oid")?.Value is { Length: > 0 } oid ? oid : identity.FindFirst("sub")?.Value ?? "";
}
