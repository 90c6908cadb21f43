namespace TalentHukou.Domain.Privacy;

/// <summary>
/// How an ops view shows one decoded field, chosen by the field's name: names, ID, phone, certificate and card
/// numbers masked with <see cref="Masking"/>; signatures, digests and keys never shown (null); any other text scrubbed
/// of ID-, phone- and email-shaped runs by <see cref="PersonalDataScrubber"/>. A value shaped like a signature, digest
/// or key (a long run of base64 or hex characters) is never shown, whatever its field is called.
/// </summary>
public static class OpsFieldMasking
{
    private static readonly string[] Hidden =
        ["signature", "digest", "publickey", "privatekey", "secret", "token", "protected"];

    /// <summary>The value to show for the field, or null when the field is never shown.</summary>
    public static string? Show(string fieldName, string? value)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        if (value is null) return null;
        var field = fieldName.ToLowerInvariant();
        var last = field[(field.LastIndexOf('.') + 1)..];
        if (Hidden.Any(field.Contains) || IsOpaqueToken(value)) return null;
        if (field.Contains("idnumber", StringComparison.Ordinal)) return Masking.IdNumber(value);
        if (field.Contains("phone", StringComparison.Ordinal) || last == "mobile") return Masking.Phone(value);
        if (field.Contains("certificate", StringComparison.Ordinal)) return Masking.CardNumber(value);
        if (field.Contains("cardnumber", StringComparison.Ordinal) || last == "number")
            return Masking.CardNumber(value);
        if (field.EndsWith("name", StringComparison.Ordinal) && IsPersonName(field)) return Masking.Name(value);
        return PersonalDataScrubber.Scrub(value);
    }

    /// <summary>
    /// Signatures (86 base64url characters), keyed holder digests (43) and keys: 40 or more characters of the base64
    /// alphabet mixing capitals, small letters and digits (ids here are shorter; hashes in hex have one case only).
    /// </summary>
    public static bool IsOpaqueToken(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length >= OpaqueTokenLength
            && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '_' or '-')
            && value.Any(char.IsAsciiLetterUpper) && value.Any(char.IsAsciiLetterLower) && value.Any(char.IsAsciiDigit);
    }

    private const int OpaqueTokenLength = 40;

    /// <summary>
    /// Person-name fields (<c>name</c>, <c>applicantName</c>, <c>signedName</c>, <c>toName</c>…), not the names of
    /// things an ops view needs whole (employer, school, major, task, event and orchestrator names).
    /// </summary>
    private static bool IsPersonName(string field) =>
        !(field.Contains("employer", StringComparison.Ordinal) || field.Contains("school", StringComparison.Ordinal)
          || field.Contains("major", StringComparison.Ordinal) || field.Contains("task", StringComparison.Ordinal)
          || field.Contains("event", StringComparison.Ordinal) || field.Contains("orchestr", StringComparison.Ordinal)
          || field.Contains("file", StringComparison.Ordinal) || field.Contains("unit", StringComparison.Ordinal)
          || field.Contains("kind", StringComparison.Ordinal) || field.Contains("blob", StringComparison.Ordinal));
}
