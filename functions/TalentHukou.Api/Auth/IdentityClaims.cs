namespace TalentHukou.Api.Auth;

/// <summary>What may name the identity claim: not a claim this service already reads for something else.</summary>
public static class IdentityClaims
{
    public const string NameRule = "Auth:IdentityClaim must be 1 to 64 letters, digits or '_', '-', '.', ':', '/', "
        + "and not a claim the service reads for something else (sub, oid, roles, unit, hrss, email, iss, aud, ...).";

    /// <summary>The identity claim in Development when none is configured (the dev token mints it).</summary>
    public const string DevDefault = "verified_id_number";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "sub", "oid", "roles", "unit", "hrss", "email", "iss", "aud", "exp", "nbf", "iat", "jti", "tid", "azp", "scp",
    };

    /// <summary>Unset, or a plausible claim name of its own.</summary>
    public static bool IsUsableName(string? name) =>
        string.IsNullOrEmpty(name)
        || (name.Length <= 64 && !Reserved.Contains(name)
            && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':' or '/'));
}
