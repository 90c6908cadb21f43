using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Api.Ops;

/// <summary>
/// The email outbox's backlog in <c>/ops/metrics</c> (<c>emailOutbox</c>: counts by status, the oldest unsent mail).
/// </summary>
public sealed class EmailOutboxMetricSource(EmailOutboxStats stats) : IOpsMetricSource
{
    public string Name => "emailOutbox";

    public async Task<object> ReadAsync(CancellationToken ct) => await stats.GetAsync(ct);
}
