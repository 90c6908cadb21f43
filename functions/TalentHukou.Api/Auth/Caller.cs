using System.Security.Claims;

namespace TalentHukou.Api.Auth;

/// <summary>The signed-in person or system: subject, roles, and the scopes of unit admins and reviewers.</summary>
public sealed record Caller(string Subject, IReadOnlySet<string> Roles, string? Unit, string? Hrss)
{
    /// <summary>
    /// The person's e-mail address from the token's <c>email</c> claim, when the identity provider sends one.
    /// </summary>
    public string? Email { get; init; }

    /// <summary>
    /// The value of the configured identity claim (<see cref="AuthOptions.IdentityClaim"/>): a verified ID number or
    /// its keyed hash. Personal data: never logged, and left out of <see cref="ToString"/>.
    /// </summary>
    public string? VerifiedIdentity { get; init; }

    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>Subject and roles only: the e-mail address and verified identity are personal data.</summary>
    public override string ToString() => $"Caller {{ Subject = {Subject}, Roles = [{string.Join(", ", Roles)}] }}";

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
