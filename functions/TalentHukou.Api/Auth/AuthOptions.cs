using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Api.Auth;

/// <summary>
/// JWT bearer validation (section <c>Auth</c>): Entra ID metadata in Azure, a symmetric dev key locally.
/// </summary>
public sealed class AuthOptions : ISelfValidatingOptions
{
    public const string SectionName = "Auth";

    public string Issuer { get; set; } = "";

    public string Audience { get; set; } = "";

    /// <summary>
    /// OpenID Connect authority (e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>); its metadata gives
    /// the signing keys.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>Base64 HMAC key for locally issued tokens (at least 32 bytes). Never set in Azure.</summary>
    public string? DevSigningKey { get; set; }

    /// <summary>
    /// Whether the authority's metadata and keys must come over HTTPS (as from Entra ID). Only Development may turn
    /// it off, for a local test issuer on loopback (the Functions host harness).
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The token claim that carries the caller's real-name-verified ID number (Guangdong's unified identity platform
    /// verifies real names): the ID number submitted with an application, a unit-admin request or a support ticket
    /// must match it. Required outside Development; Development defaults to the claim the dev token mints.
    /// </summary>
    public string? IdentityClaim { get; set; }

    /// <summary>
    /// Whether <see cref="IdentityClaim"/> carries the keyed hash of the ID number (the ID-number index, under a
    /// configured personal-data key) instead of the number itself.
    /// </summary>
    public bool IdentityClaimHashed { get; set; }

    /// <summary>
    /// How long a read-only request may rely on a staff assignment or unit-admin grant read earlier on the same
    /// instance (<see cref="RecentAuthorizations"/>): at most 5 seconds, the bound the contract states; zero reads
    /// every time. Writes, decisions and administration always read.
    /// </summary>
    public TimeSpan RecentAuthorizationMaxAge { get; set; } = TimeSpan.FromSeconds(4);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (Issuer.Length == 0) yield return "Auth:Issuer must be set.";
        if (Audience.Length == 0) yield return "Auth:Audience must be set.";
        if (string.IsNullOrWhiteSpace(Authority) && string.IsNullOrWhiteSpace(DevSigningKey))
            yield return "Auth:Authority (or, in Development, Auth:DevSigningKey) must be set.";
        if (!string.IsNullOrWhiteSpace(DevSigningKey) && !environment.IsDevelopment())
            yield return "Auth:DevSigningKey is for the Development environment only.";
        if (!string.IsNullOrWhiteSpace(DevSigningKey) && !DecodesToAtLeast32Bytes(DevSigningKey))
            yield return "Auth:DevSigningKey must be base64 of at least 32 bytes.";
        if (!RequireHttpsMetadata && !environment.IsDevelopment())
            yield return "Auth:RequireHttpsMetadata may be false in the Development environment only.";
        if (!IdentityClaims.IsUsableName(IdentityClaim)) yield return IdentityClaims.NameRule;
        if (string.IsNullOrWhiteSpace(IdentityClaim) && !environment.IsDevelopment())
            yield return "Auth:IdentityClaim must be set outside Development (the claim with the verified ID number).";
        if (RecentAuthorizationMaxAge < TimeSpan.Zero || RecentAuthorizationMaxAge > TimeSpan.FromSeconds(5))
            yield return "Auth:RecentAuthorizationMaxAge must be between 0 and 5 seconds (the contract's bound).";
        if (IdentityClaimHashed && string.IsNullOrWhiteSpace(IdentityClaim))
            yield return "Auth:IdentityClaimHashed needs Auth:IdentityClaim (the claim that carries the hash).";
    }

    /// <summary>Development verifies identity too, by default in the claim the dev token mints.</summary>
    public static void DevelopmentDefaults(AuthOptions options, IHostEnvironment environment)
    {
        if (environment.IsDevelopment() && string.IsNullOrWhiteSpace(options.IdentityClaim))
            options.IdentityClaim = IdentityClaims.DevDefault;
    }

    private static bool DecodesToAtLeast32Bytes(string base64)
    {
        Span<byte> buffer = stackalloc byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written >= 32;
    }
}
