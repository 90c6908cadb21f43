using System.Net;
using System.Text.RegularExpressions;
using TalentHukou.Testing.Http;

namespace TalentHukou.Testing.Sms;

/// <summary>
/// Verifies a mobile number as the front end and its user do: <c>POST /contact-verifications</c>, the one-time code
/// read from the local gateway's inbox, <c>POST /contact-verifications/{id}/confirm</c>.
/// </summary>
public static partial class PhoneVerificationFlows
{
    /// <summary>Starts a verification of <paramref name="phone"/> and returns its id and the code the SMS
    /// carried.</summary>
    public static async Task<(string Id, string Code)> StartAsync(
        HttpClient caller, LocalSmsGatewayUnderTest gateway, string phone, int seconds = 60)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var started = await Json.PostOkAsync(caller, "contact-verifications", new { phone }, HttpStatusCode.Accepted);
        var text = Assert.Single(await gateway.TextsToAsync(phone, seconds: seconds));
        return (started.Str("verificationId"), CodeIn(text.Text));
    }

    /// <summary>Verifies <paramref name="phone"/> for <paramref name="caller"/>; returns the
    /// <c>phoneVerificationId</c> a submission names.</summary>
    public static async Task<string> VerifiedAsync(
        HttpClient caller, LocalSmsGatewayUnderTest gateway, string phone, int seconds = 60)
    {
        var (id, code) = await StartAsync(caller, gateway, phone, seconds);
        var confirmed = await Json.PostOkAsync(
            caller, $"contact-verifications/{id}/confirm", new { code }, HttpStatusCode.OK);
        Assert.True(confirmed.GetProperty("verified").GetBoolean(), $"verification {id} not confirmed: {confirmed}");
        return id;
    }

    /// <summary>The six-digit code in a verification SMS.</summary>
    public static string CodeIn(string text) => SixDigits().Match(text).Value;

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
