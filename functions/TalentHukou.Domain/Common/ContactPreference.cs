namespace TalentHukou.Domain.Common;

/// <summary>How a person wants notices (contract v1.2 <c>contactPreference</c>): <c>sms</c>, <c>email</c> or
/// <c>both</c>.</summary>
public static class ContactPreference
{
    public const string Sms = "sms";
    public const string Email = "email";
    public const string Both = "both";

    public static IReadOnlyList<string> All { get; } = [Sms, Email, Both];

    /// <summary>The preference named by <paramref name="text"/> (absent: <see cref="Both"/>); null when it names
    /// none.</summary>
    public static string? Parse(string? text) => string.IsNullOrEmpty(text) ? Both : All.FirstOrDefault(p => p == text);

    /// <summary>
    /// The channels a notice goes by: SMS when it can (<paramref name="smsPossible"/>: a verified number, a gateway and
    /// a template) and the person wants it or left no e-mail; e-mail when there is an address and the person wants
    /// it or no SMS goes. Someone with no e-mail gets every SMS; an unverified number means e-mail only.
    /// </summary>
    public static (bool Email, bool Sms) Channels(string preference, bool hasEmail, bool smsPossible)
    {
        var sms = smsPossible && (preference is Sms or Both || !hasEmail);
        var email = hasEmail && (preference is Email or Both || !sms);
        return (email, sms);
    }
}
