namespace TalentHukou.Domain.Common;

/// <summary>How a person wants notices (contract v1.2 <c>contactPreference</c>): <c>sms</c>, <c>email</c> or <c>both</c>.</summary>
public static class ContactPreference
{
    public const string Sms = "sms";
    public const string Email = "email";
    public const string Both = "both";

    public static IReadOnlyList<string> All { get; } = [Sms, Email, Both];

    /// <summary>The preference named by <paramref name="text"/> (absent: <see cref="Both"/>); null when it names none.</summary>
    public static string? Parse(string? text) => string.IsNullOrEmpty(text) ? Both : All.FirstOrDefault(p => p == text);

    public static bool WantsSms(string preference) => preference is Sms or Both;

    public static bool WantsEmail(string preference) => preference is Email or Both;
}
