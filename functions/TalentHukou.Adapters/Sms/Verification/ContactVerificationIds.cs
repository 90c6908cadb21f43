using System.Security.Cryptography;

namespace TalentHukou.Adapters.Sms.Verification;

/// <summary>Verification ids: <c>CV</c> and 32 random hex digits, so nobody finds another person's by
/// counting.</summary>
public static class ContactVerificationIds
{
    private const string Prefix = "CV";

    public static string New() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsWellFormed(string? id) =>
        id is { Length: 34 } && id.StartsWith(Prefix, StringComparison.Ordinal)
            && id[2..].All(char.IsAsciiHexDigitLower);
}
