using Azure;
using Microsoft.Extensions.Options;

namespace TalentHukou.Adapters.Sms.Tencent;

/// <summary>
/// <see cref="ISmsGateway"/> over Tencent Cloud SMS: <c>SendSms</c> with the row's reference as <c>SessionContext</c>,
/// and reports read with <c>PullSmsSendStatusByPhoneNumber</c> and matched on that <c>SessionContext</c>.
/// </summary>
public sealed class TencentSmsGateway(
    TencentSmsClient client,
    IOptions<SmsOptions> sms,
    IOptions<TencentSmsOptions> tencent,
    TimeProvider time) : ISmsGateway
{
    private const int PageSize = 100;
    private const int MaxPages = 10;

    public async Task<SmsSendOutcome> SendAsync(SmsMessage message, string reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = new SendSmsRequest(
            [E164(message.Phone)], tencent.Value.SmsSdkAppId, sms.Value.SignName, sms.Value.TemplateId(message.Notice),
            message.Parameters, reference);
        TencentApiResult<SendSmsResponse> result;
        try
        {
            result = await client.SendSmsAsync(request, ct);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException
                                      || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return new SmsSendOutcome.Unknown(e.GetType().Name);
        }

        if (result.Error is { } error) return TencentSmsErrors.Classify(error.Code, null);
        var status = result.Value?.SendStatusSet.FirstOrDefault();
        return status is null
            ? new SmsSendOutcome.Unknown("NoSendStatus")
            : TencentSmsErrors.Classify(status.Code, status.SerialNo);
    }

    public async Task<SmsDeliveryReport?> FindReportAsync(
        string phone, string reference, DateTimeOffset since, CancellationToken ct)
    {
        var begin = since.AddMinutes(-1).ToUnixTimeSeconds();
        var end = time.GetUtcNow().AddMinutes(1).ToUnixTimeSeconds();
        for (var page = 0; page < MaxPages; page++)
        {
            TencentApiResult<PullSmsSendStatusByPhoneNumberResponse> result;
            try
            {
                result = await client.PullSmsSendStatusByPhoneNumberAsync(new PullSmsSendStatusByPhoneNumberRequest(
                    begin, page * PageSize, PageSize, E164(phone), tencent.Value.SmsSdkAppId, end), ct);
            }
            catch (Exception e) when (e is RequestFailedException or HttpRequestException)
            {
                throw new SmsGatewayException(e.GetType().Name);
            }

            if (result.Error is { } error) throw new SmsGatewayException(error.Code);
            var reports = result.Value?.PullSmsSendStatusSet ?? [];
            if (reports.FirstOrDefault(r => r.SessionContext == reference) is { } report)
                return new SmsDeliveryReport(
                    report.ReportStatus == "SUCCESS", report.Description ?? report.ReportStatus, report.SerialNo);
            if (reports.Count < PageSize) return null;
        }

        return null;
    }

    private static string E164(string phone) => "+86" + phone;
}

/// <summary>
/// A status pull failed: the gateway refused it or could not be reached (a code; never personal data).
/// </summary>
public sealed class SmsGatewayException(string code) : Exception($"The SMS gateway refused the request: {code}.")
{
    public string Code { get; } = code;
}
