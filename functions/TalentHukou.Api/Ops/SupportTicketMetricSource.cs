using TalentHukou.Adapters.Support;
using TalentHukou.Adapters.Time;
using TalentHukou.Workflows.Support;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Ops;

/// <summary>
/// Support tickets waiting for support past their 3-working-day deadline, in <c>/ops/metrics</c>
/// (<c>overdueTickets</c>).
/// </summary>
public sealed class SupportTicketMetricSource(SupportTicketStore tickets, BusinessClock clock) : IOpsMetricSource
{
    public string Name => "overdueTickets";

    public async Task<object> ReadAsync(CancellationToken ct) => await tickets.CountOverdueAsync(clock.UtcNow, ct);
}
