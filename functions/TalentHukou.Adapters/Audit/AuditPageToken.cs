namespace TalentHukou.Adapters.Audit;

/// <summary>
/// The audit query's continuation token: the month partition it reached and the table service's own token.
/// </summary>
internal static class AuditPageToken
{
    public static string Write(string month, string? tableToken) => month + "." + (tableToken ?? "");

    public static (string Month, string? TableToken)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length < 7 || token[6] != '.' || !token[..6].All(char.IsAsciiDigit))
            return null;
        var rest = token[7..];
        return (token[..6], rest.Length == 0 ? null : rest);
    }
}
