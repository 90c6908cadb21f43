using Azure.Core;

namespace TalentHukou.Adapters.Sms.Tencent;

/// <summary>
/// Options of <see cref="TencentSmsClient"/>: Azure.Core's transport and diagnostics, the region and API version,
/// and the clock that stamps each signature. No in-pipeline retries by default: SendSms has no idempotency key, so
/// a retried send could deliver twice; the outbox retries after reconciling instead.
/// </summary>
public sealed class TencentSmsClientOptions : ClientOptions
{
    public TencentSmsClientOptions() => Retry.MaxRetries = 0;

    public string Region { get; set; } = "ap-guangzhou";

    public string ApiVersion { get; set; } = "2021-01-11";

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
