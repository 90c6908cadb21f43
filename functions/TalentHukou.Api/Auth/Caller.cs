using System.Security.Claims;

namespace TalentHukou.Api.Auth;

/// <summary>The signed-in person or system: subject, roles, and the scope claims of unit admins and reviewers.</summary>
public sealed record Caller(string Subject, IReadOnlySet<string> Roles, string? Unit, string? Hrss)
{
    /// <summary>The person's e-mail address from the token's <c>email</c> claim, when the identity provider sends one.</summary>
    public string? Email { get; init; }

    public bool IsIn(string role) => Roles.Contains(role);

    public static Caller FromClaims(ClaimsIdentity identity) => new(
        identity.FindFirst("sub")?.Value ?? "",
        identity.FindAll("roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        identity.FindFirst("unit")?.Value,
        identity.FindFirst("hrss")?.Value)
    {
        Email = identity.FindFirst("email")?.Value,
    };
}
