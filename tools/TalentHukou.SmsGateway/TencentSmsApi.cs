using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Sms;
using TalentHukou.Adapters.Sms.Tencent;

namespace TalentHukou.SmsGateway;

/// <summary>
/// Tencent Cloud SMS API 3.0 as the vendor answers it: checks the TC3 signature with the development keys, then
/// <c>SendSms</c> (template, sign name, variable rules, per-number limits, the fault modes) and
/// <c>PullSmsSendStatusByPhoneNumber</c>. Errors come as HTTP 200 with <c>Response.Error</c>, per-number results in
/// <c>SendStatusSet</c>, as the vendor does.
/// </summary>
public sealed class TencentSmsApi(
    Inbox inbox, FaultSwitch faults, IOptions<SmsOptions> sms, IOptions<LocalGatewayOptions> gateway, TimeProvider time)
{
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var requestId = Guid.NewGuid().ToString();
        if (faults.Current.Mode == Faults.Outage) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        if (Authenticate(http.Request, body) is { } refusal)
            return Error(refusal, "The request was not signed with a known key.", requestId);
        if (http.Request.Headers["X-TC-Version"] != "2021-01-11")
            return Error("NoSuchVersion", "Only 2021-01-11 is served.", requestId);

        try
        {
            return http.Request.Headers["X-TC-Action"].ToString() switch
            {
                "SendSms" => Send(Read<SendSmsRequest>(body), requestId),
                "PullSmsSendStatusByPhoneNumber" => Pull(Read<PullSmsSendStatusByPhoneNumberRequest>(body), requestId),
                _ => Error("InvalidAction", "No such action.", requestId),
            };
        }
        catch (JsonException)
        {
            return Error("InvalidParameter", "The body is not the action's JSON.", requestId);
        }
    }

    private string? Authenticate(HttpRequest request, string body)
    {
        var header = Tc3AuthorizationHeader.Parse(request.Headers.Authorization);
        if (header is null) return "AuthFailure.InvalidAuthorization";
        if (header.SecretId != gateway.Value.SecretId) return "AuthFailure.SecretIdNotFound";
        if (!long.TryParse(request.Headers["X-TC-Timestamp"], CultureInfo.InvariantCulture, out var timestamp))
            return "AuthFailure.InvalidAuthorization";
        if ((time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > MaxClockSkew)
            return "AuthFailure.SignatureExpire";
        if (!header.SignedHeaders.Contains("content-type") || !header.SignedHeaders.Contains("host"))
            return "AuthFailure.InvalidAuthorization";
        var signedHeaders = header.SignedHeaders.ToDictionary(
            h => h, h => h == "host" ? request.Host.Value ?? "" : request.Headers[h].ToString());
        var expected = Tc3Signature.Sign(
            header.SecretId, gateway.Value.SecretKey, header.Service, signedHeaders, body, timestamp);
        return expected.Authorization == request.Headers.Authorization.ToString()
            ? null
            : "AuthFailure.SignatureFailure";
    }

    private IResult Send(SendSmsRequest request, string requestId)
    {
        var options = sms.Value;
        if (request.SmsSdkAppId != gateway.Value.SmsSdkAppId)
            return Error("InvalidParameterValue.SdkAppIdNotExist", "Unknown SmsSdkAppId.", requestId);
        if (request.SignName != options.SignName)
            return Error("FailedOperation.SignatureIncorrectOrUnapproved", "Sign name not approved.", requestId);
        if (options.NoticeOf(request.TemplateId) is not { } notice)
            return Error("FailedOperation.TemplateIncorrectOrUnapproved", "Template not approved.", requestId);
        var template = SmsTemplates.All[notice];
        var parameters = request.TemplateParamSet ?? [];
        if (parameters.Count != template.Parameters.Length)
            return Error(
                "InvalidParameterValue.TemplateParameterFormatError",
                "Wrong number of template parameters.",
                requestId);
        for (var i = 0; i < parameters.Count; i++)
        {
            var problems = SmsRules.ValueProblems(template.Parameters[i], parameters[i]).ToList();
            if (problems.Any(p => p.Contains("link", StringComparison.Ordinal)))
                return Error(
                    "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter",
                    "A parameter carries a link.",
                    requestId);
            if (problems.Count > 0)
                return Error("InvalidParameterValue.TemplateParameterLengthLimit", problems[0], requestId);
        }

        var text = SmsTemplates.Render(options.SignName, options.Link, template.Text, parameters);
        var statuses = request.PhoneNumberSet.Select(number => SendOne(number, text, request.SessionContext)).ToList();
        if (faults.Current.Mode == Faults.LoseAnswer) return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
        return Ok(new SendSmsResponse(statuses), requestId);
    }

    private SendStatus SendOne(string number, string text, string? sessionContext)
    {
        var phone = MainlandNumber.Read(number);
        var code = Refusal(phone);
        if (code is not null) return new SendStatus("", number, 0, sessionContext, code, code, "CN");
        var serialNo = $"2028:{Guid.NewGuid():N}";
        var current = faults.Current;
        inbox.Add(new SentMessage(
            phone!,
            text,
            time.GetUtcNow(),
            serialNo,
            sessionContext,
            !current.Lists(current.UndeliverableNumbers, phone!)));
        var segments = (SmsRules.Length(text) + SmsRules.SegmentLength - 1) / SmsRules.SegmentLength;
        return new SendStatus(serialNo, number, segments, sessionContext, TencentSmsErrors.Ok, "send success", "CN");
    }

    private string? Refusal(string? phone)
    {
        var current = faults.Current;
        if (phone is null || current.Lists(current.InvalidNumbers, phone))
            return "InvalidParameterValue.IncorrectPhoneNumber";
        if (current.Lists(current.OptedOutNumbers, phone)) return "FailedOperation.PhoneNumberInBlacklist";
        if (current.Mode == Faults.Throttle) return "LimitExceeded.PhoneNumberThirtySecondLimit";
        if (!gateway.Value.EnforceFrequencyLimits) return null;
        var now = time.GetUtcNow();
        if (inbox.CountTo(phone, now.AddSeconds(-30)) >= 1) return "LimitExceeded.PhoneNumberThirtySecondLimit";
        if (inbox.CountTo(phone, now.AddHours(-1)) >= 5) return "LimitExceeded.PhoneNumberOneHourLimit";
        return inbox.CountTo(phone, now.AddDays(-1)) >= 10 ? "LimitExceeded.PhoneNumberDailyLimit" : null;
    }

    private IResult Pull(PullSmsSendStatusByPhoneNumberRequest request, string requestId)
    {
        if (request.SmsSdkAppId != gateway.Value.SmsSdkAppId)
            return Error("InvalidParameterValue.SdkAppIdNotExist", "Unknown SmsSdkAppId.", requestId);
        if (request.Limit is < 1 or > 100) return Error("InvalidParameterValue", "Limit must be 1 to 100.", requestId);
        if (MainlandNumber.Read(request.PhoneNumber) is not { } phone)
            return Error("InvalidParameterValue.IncorrectPhoneNumber", "Bad number.", requestId);
        var from = DateTimeOffset.FromUnixTimeSeconds(request.BeginTime);
        var to = request.EndTime is { } end ? DateTimeOffset.FromUnixTimeSeconds(end) : time.GetUtcNow();
        var reports = inbox.To(phone, from, to).Skip((int)request.Offset).Take((int)request.Limit)
            .Select(m => new PullSmsSendStatus(
                m.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                "86",
                phone,
                "+86" + phone,
                m.SerialNo,
                m.Delivered ? "SUCCESS" : "FAIL",
                m.Delivered ? "DELIVRD" : "UNDELIV",
                m.SessionContext))
            .ToList();
        return Ok(new PullSmsSendStatusByPhoneNumberResponse(reports), requestId);
    }

    private static T Read<T>(string body) =>
        JsonSerializer.Deserialize<T>(body, TencentApiEnvelope.Json) ?? throw new JsonException("Empty body.");

    private static IResult Ok(object result, string requestId) =>
        Results.Content(TencentApiEnvelope.Write(result, requestId), "application/json; charset=utf-8");

    private static IResult Error(string code, string message, string requestId) =>
        Results.Content(TencentApiEnvelope.WriteError(code, message, requestId), "application/json; charset=utf-8");
}
