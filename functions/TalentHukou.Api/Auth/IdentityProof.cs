using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Domain.Identity;

namespace TalentHukou.Api.Auth;

/// <summary>
/// Compares the caller's real-name-verified identity (the claim <see cref="AuthOptions.IdentityClaim"/> names: the ID
/// number, or its keyed hash when <see cref="AuthOptions.IdentityClaimHashed"/>) with an ID number or an ID-number
/// index. Without the setting nothing is verified and every check says so.
/// </summary>
public sealed class IdentityProof(IOptions<AuthOptions> options, PersonalDataProtector protector)
{
    private readonly bool _required = !string.IsNullOrWhiteSpace(options.Value.IdentityClaim);
    private readonly bool _hashed = options.Value.IdentityClaimHashed;

    /// <summary>Whether the ID number someone submits must be the caller's verified one.</summary>
    public IdentityMatch Check(Caller caller, ResidentIdNumber idNumber)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(idNumber);
        if (!_required) return IdentityMatch.NotRequired;
        if (caller.VerifiedIdentity is not { Length: > 0 } claim) return IdentityMatch.Missing;
        var matches = _hashed
            ? protector.IndexMatches(idNumber.Value, claim.Trim().ToLowerInvariant())
            : SameText(claim, idNumber.Value);
        return matches ? IdentityMatch.Matches : IdentityMatch.Mismatch;
    }

    /// <summary>The protector whose keys the claim's hash and the stored indexes are under.</summary>
    public PersonalDataProtector Protector => protector;

    /// <summary>
    /// Whether the caller's verified identity is the person behind a stored ID-number index (and, when given, the
    /// encrypted ID number beside it, which settles a hashed claim under another key than the index's).
    /// </summary>
    public bool IsPerson(Caller caller, string idNumberIndex, string? idNumberProtected = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!_required || caller.VerifiedIdentity is not { Length: > 0 } claim || idNumberIndex.Length == 0)
            return false;
        if (!_hashed) return protector.IndexMatches(claim.Trim(), idNumberIndex);
        return protector.SameIdNumber(claim.Trim().ToLowerInvariant(), idNumberIndex, idNumberProtected);
    }

    private static bool SameText(string a, string b) => CryptographicOperations.FixedTimeEquals(
        Encoding.UTF8.GetBytes(a.Trim().ToUpperInvariant()), Encoding.UTF8.GetBytes(b.Trim().ToUpperInvariant()));
}

/// <summary>What <see cref="IdentityProof.Check"/> found.</summary>
public enum IdentityMatch
{
    /// <summary>No identity claim is configured: any valid ID number may be submitted.</summary>
    NotRequired,

    /// <summary>The ID number is the caller's verified one.</summary>
    Matches,

    /// <summary>A claim is configured but the caller's token does not carry it.</summary>
    Missing,

    /// <summary>The ID number is somebody else's.</summary>
    Mismatch,
}
