using System.Text.Json;
using Azure.Core;
using TalentHukou.Adapters.Http;

namespace TalentHukou.Adapters.Sms.Tencent;

/// <summary>
/// A thin Azure-SDK-style client for Tencent Cloud SMS (API 3.0, version 2021-01-11): <c>SendSms</c> and
/// <c>PullSmsSendStatusByPhoneNumber</c>, POSTed as JSON to the endpoint and signed with TC3-HMAC-SHA256. Refusals the
/// API reports come back in <see cref="TencentApiResult{T}.Error"/>; transport failures throw as Azure.Core's do.
/// </summary>
public sealed class TencentSmsClient
{
    public const string Service = "sms";

    private readonly SignedServicePipeline _service;
    private readonly TencentSmsClientOptions _options;

    public TencentSmsClient(Uri endpoint, string secretId, string secretKey, TencentSmsClientOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretId);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretKey);
        _options = options ?? new TencentSmsClientOptions();
        _service = new SignedServicePipeline(endpoint, _options,
            new Tc3AuthenticationPolicy(secretId, secretKey, Service, _options.TimeProvider));
    }

    public Task<TencentApiResult<SendSmsResponse>> SendSmsAsync(
        SendSmsRequest request, CancellationToken ct = default) =>
        CallAsync<SendSmsResponse>("SendSms", request, ct);

    public Task<TencentApiResult<PullSmsSendStatusByPhoneNumberResponse>> PullSmsSendStatusByPhoneNumberAsync(
        PullSmsSendStatusByPhoneNumberRequest request, CancellationToken ct = default) =>
        CallAsync<PullSmsSendStatusByPhoneNumberResponse>("PullSmsSendStatusByPhoneNumber", request, ct);

    private async Task<TencentApiResult<T>> CallAsync<T>(string action, object body, CancellationToken ct)
        where T : class
    {
        using var message = _service.Pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_service.Endpoint);
        request.Headers.SetValue(HttpHeader.Names.ContentType, "application/json; charset=utf-8");
        request.Headers.SetValue("X-TC-Action", action);
        request.Headers.SetValue("X-TC-Version", _options.ApiVersion);
        request.Headers.SetValue("X-TC-Region", _options.Region);
        request.Content = RequestContent.Create(
            JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), TencentApiEnvelope.Json));
        await _service.Pipeline.SendAsync(message, ct).ConfigureAwait(false);
        if (message.Response.IsError)
            return new(
                null, new TencentApiError($"Http{message.Response.Status}", message.Response.ReasonPhrase), null);
        return TencentApiEnvelope.Read<T>(message.Response.Content);
    }
}
