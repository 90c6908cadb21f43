using TalentHukou.Adapters.Email.Outbox;

namespace TalentHukou.Api.Ops;

/// <summary>
/// Contract v1.2: the outbox per channel in <c>/ops/metrics</c> (<c>outboxChannels</c>: <c>email</c> and <c>sms</c>,
/// each
/// with its backlog, failures, failure rate and oldest waiting row).
/// </summary>
public sealed class OutboxChannelsMetricSource(EmailOutboxStats stats) : IOpsMetricSource
{
    public string Name => "outboxChannels";

    public async Task<object> ReadAsync(CancellationToken ct) => await stats.ByChannelAsync(ct);
}
