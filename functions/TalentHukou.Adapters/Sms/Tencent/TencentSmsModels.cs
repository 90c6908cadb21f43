namespace TalentHukou.Adapters.Sms.Tencent;

/// <summary>
/// SendSms (2021-01-11) request body: one number, an approved template and sign name, positional parameters.
/// </summary>
public sealed record SendSmsRequest(
    IReadOnlyList<string> PhoneNumberSet, string SmsSdkAppId, string SignName, string TemplateId,
    IReadOnlyList<string> TemplateParamSet, string? SessionContext);

/// <summary>SendSms result per number: <c>Code</c> "Ok" when accepted, else the vendor's error code.</summary>
public sealed record SendStatus(
    string? SerialNo,
    string? PhoneNumber,
    long Fee,
    string? SessionContext,
    string Code,
    string? Message,
    string? IsoCode);

/// <summary>SendSms response: a status per number.</summary>
public sealed record SendSmsResponse(IReadOnlyList<SendStatus> SendStatusSet);

/// <summary>
/// PullSmsSendStatusByPhoneNumber (2021-01-11) request: delivery reports for one number in a time window.
/// </summary>
public sealed record PullSmsSendStatusByPhoneNumberRequest(
    long BeginTime, long Offset, long Limit, string PhoneNumber, string SmsSdkAppId, long? EndTime);

/// <summary>
/// One delivery report: <c>ReportStatus</c> SUCCESS or FAIL, with the sender's <c>SessionContext</c>.
/// </summary>
public sealed record PullSmsSendStatus(
    string? UserReceiveTime, string? CountryCode, string? SubscriberNumber, string? PhoneNumber, string? SerialNo,
    string ReportStatus, string? Description, string? SessionContext);

/// <summary>PullSmsSendStatusByPhoneNumber response.</summary>
public sealed record PullSmsSendStatusByPhoneNumberResponse(IReadOnlyList<PullSmsSendStatus> PullSmsSendStatusSet);

/// <summary>
/// The <c>Response.Error</c> of a call the API refused (it answers HTTP 200 with this instead of a result).
/// </summary>
public sealed record TencentApiError(string Code, string Message);

/// <summary>A call's answer: the result, or the error the API returned, with the API's request id.</summary>
public sealed record TencentApiResult<T>(T? Value, TencentApiError? Error, string? RequestId)
    where T : class;
