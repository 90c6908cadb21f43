using System.Text.RegularExpressions;

namespace TalentHukou.Adapters.Sms.Tencent;

/// <summary>
/// The parts of a TC3 <c>Authorization</c> header, read back (the local gateway checks requests with it).
/// </summary>
public sealed partial record Tc3AuthorizationHeader(
    string SecretId,
    string Date,
    string Service,
    string[] SignedHeaders,
    string Signature)
{
    /// <summary>The parsed header, or null when it is not a TC3-HMAC-SHA256 authorization.</summary>
    public static Tc3AuthorizationHeader? Parse(string? header)
    {
        var match = header is null ? null : Shape().Match(header);
        if (match is not { Success: true }) return null;
        return new(match.Groups["id"].Value, match.Groups["date"].Value, match.Groups["service"].Value,
            match.Groups["headers"].Value.Split(';'), match.Groups["signature"].Value);
    }

    [GeneratedRegex(@"^TC3-HMAC-SHA256 Credential=(?<id>[^/]+)/(?<date>\d{4}-\d{2}-\d{2})/"
        + @"(?<service>[a-z]+)/tc3_request, "
        + @"SignedHeaders=(?<headers>[a-z0-9;-]+), Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex Shape();
}
