using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Identity;
using TalentHukou.Workflows.Notifications.Verification;

namespace TalentHukou.Api.Support;

/// <summary>
/// Contract v1.2: a person proves they hold a mobile number (a one-time code by SMS) before any notice goes to it;
/// applications and tickets then name the confirmed <c>phoneVerificationId</c>. Rate-limited per number and per caller.
/// </summary>
public static class ContactVerificationsApi
{
    public static readonly ProblemType NotFound = new("verification-not-found", 404, "未找到该手机验证记录");
    public static readonly ProblemType WrongCode = new("verification-code-wrong", 422, "验证码错误");
    public static readonly ProblemType Expired = new("verification-expired", 410, "验证码已失效，请重新获取");
    public static readonly ProblemType SmsUnavailable = new("sms-unavailable", 503, "短信服务暂不可用，请使用电子邮箱接收通知");

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("StartContactVerification", "POST", "contact-verifications", Access.SignedIn,
            Handle.With<ContactVerificationServices>(Start))
        {
            Idempotent = true,
            Doc = ContactVerificationsApiDocs.StartContactVerification,
        },
        new("ConfirmContactVerification", "POST", "contact-verifications/{verificationId}/confirm", Access.SignedIn,
            Handle.With<ContactVerificationServices>(Confirm))
        {
            Doc = ContactVerificationsApiDocs.ConfirmContactVerification,
        },
    ];

    public static async Task<IResult> Start(ApiRequest request, ContactVerificationServices services)
    {
        var body = await request.ReadJsonAsync<VerificationBody>();
        var v = new BodyValidator();
        var phone = v.Check("phone", MobilePhone.Parse(body.Phone));
        if (!v.IsValid) return v.Problem();
        var verifications = services.Verifications;
        if (!verifications.Available)
            return Problems.Problems.Result(SmsUnavailable, "No SMS gateway is configured; notices go by e-mail.");
        var options = services.Options.Value;
        if (await services.Limits.VerificationCodeAsync(request.Http, request.Caller.Subject,
            verifications.NumberKey(phone!),
                options.PerNumberPerHour, options.PerCallerPerHour) is { } limited)
            return limited;
        var id = await verifications.StartAsync(request.Caller.Subject, phone!, request.Durable, request.Aborted);
        return TypedResults.Accepted((string?)null, new VerificationStarted(id));
    }

    public static async Task<IResult> Confirm(ApiRequest request, ContactVerificationServices services)
    {
        var body = await request.ReadJsonAsync<ConfirmationBody>();
        var v = new BodyValidator();
        v.Matches<ConfirmationBody>("code", body.Code, "验证码应为6位数字", "code must be the 6 digits of the SMS.");
        if (!v.IsValid) return v.Problem();
        var outcome = await services.Verifications.ConfirmAsync(
            request.Caller.Subject, request.RouteValue("verificationId"), body.Code!, request.Aborted);
        return outcome switch
        {
            PhoneConfirmation.Confirmed => TypedResults.Ok(new VerificationConfirmed(true)),
            PhoneConfirmation.WrongCode => Problems.Problems.Result(WrongCode, "The code does not match."),
            PhoneConfirmation.Expired => Problems.Problems.Result(Expired,
                "The code expired or was tried wrongly too often; ask for a new one."),
            _ => Problems.Problems.Result(NotFound, "No verification with this id is yours."),
        };
    }
}

/// <summary>The number to verify (11 digits, +86 allowed).</summary>
[Description("手机号验证。The mainland mobile number to verify by SMS.")]
public sealed record VerificationBody(
    [Pattern(FieldPatterns.MobilePhone)]
    string? Phone);

/// <summary>The verification's id, to confirm and then to name in a submission or ticket.</summary>
[Description("验证码已发送。The verification's id, to confirm with the code and to name on a submission.")]
public sealed record VerificationStarted(string VerificationId);

/// <summary>The 6-digit code from the SMS.</summary>
[Description("短信验证码。The code the SMS carried.")]
public sealed record ConfirmationBody(
    [Pattern(FieldPatterns.SmsCode)]
    [Description("短信验证码。The code the SMS brought.")]
    string? Code);

/// <summary>Always true: anything else is a problem answer.</summary>
[Description("手机号已验证。Whether the code confirmed the number.")]
public sealed record VerificationConfirmed(bool Verified);
