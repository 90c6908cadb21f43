namespace TalentHukou.Adapters.Sms.Tencent;

/// <summary>
/// The vendor's error codes (短信 API 3.0 错误码) sorted by what the outbox does with them: throttles wait and try
/// again; refusals of the number or the content are permanent (another attempt cannot help); timeouts and internal
/// errors and answers lost on the way leave the outcome unknown (the message may have gone, so reconcile first).
/// </summary>
public static class TencentSmsErrors
{
    public const string Ok = "Ok";

    /// <summary>Throttle codes and how long each asks to wait (the vendor's default per-number windows).</summary>
    public static IReadOnlyDictionary<string, TimeSpan> Throttles { get; } = new Dictionary<string, TimeSpan>
    {
        ["LimitExceeded.PhoneNumberThirtySecondLimit"] = TimeSpan.FromSeconds(30),
        ["LimitExceeded.PhoneNumberOneHourLimit"] = TimeSpan.FromHours(1),
        ["LimitExceeded.PhoneNumberDailyLimit"] = TimeSpan.FromHours(24),
        ["LimitExceeded.PhoneNumberSameContentDailyLimit"] = TimeSpan.FromHours(24),
        ["LimitExceeded.DeliveryFrequencyLimit"] = TimeSpan.FromMinutes(1),
        ["LimitExceeded.AppDailyLimit"] = TimeSpan.FromHours(1),
        ["LimitExceeded.DailyLimit"] = TimeSpan.FromHours(1),
        ["RequestLimitExceeded"] = TimeSpan.FromSeconds(5),
    };

    /// <summary>Codes after which sending the same message again cannot succeed.</summary>
    public static IReadOnlySet<string> Permanent { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "InvalidParameterValue.IncorrectPhoneNumber",
        "FailedOperation.PhoneNumberInBlacklist",
        "FailedOperation.PhoneNumberOnBlacklist",
        "FailedOperation.PhoneNumberParseFail",
        "FailedOperation.TemplateIncorrectOrUnapproved",
        "FailedOperation.SignatureIncorrectOrUnapproved",
        "FailedOperation.ContainSensitiveWord",
        "InvalidParameterValue.ContentLengthLimit",
        "InvalidParameterValue.TemplateParameterFormatError",
        "InvalidParameterValue.TemplateParameterLengthLimit",
        "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter",
        "InvalidParameterValue.SdkAppIdNotExist",
        "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber",
        "AuthFailure.SecretIdNotFound",
        "AuthFailure.SignatureFailure",
        "UnauthorizedOperation.SmsSdkAppIdVerifyFail",
    };

    /// <summary>The outcome a vendor <paramref name="code"/> means for one send.</summary>
    public static Sms.SmsSendOutcome Classify(string code, string? serialNo)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code == Ok) return new Sms.SmsSendOutcome.Accepted(serialNo ?? "");
        if (Throttles.TryGetValue(code, out var wait)
            || Throttles.Keys.Any(t => code.StartsWith(t + ".", StringComparison.Ordinal)))
            return new Sms.SmsSendOutcome.Transient(wait == default ? TimeSpan.FromSeconds(5) : wait, code);
        if (Permanent.Contains(code)) return new Sms.SmsSendOutcome.Failed(code);
        // 503 and 429 say the request was not taken in; other 5xx (a gateway timing out) may hide an accepted send.
        if (code is "Http503" or "Http429") return new Sms.SmsSendOutcome.Transient(null, code);
        if (code.StartsWith("InternalError", StringComparison.Ordinal)
            || code.StartsWith("Http5", StringComparison.Ordinal))
            return new Sms.SmsSendOutcome.Unknown(code);
        return new Sms.SmsSendOutcome.Transient(null, code);
    }
}
