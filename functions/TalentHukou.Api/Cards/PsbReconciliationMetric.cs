using TalentHukou.Adapters.Cards;
using TalentHukou.Api.Ops;
using TalentHukou.Workflows.Cards.Saga;

namespace TalentHukou.Api.Cards;

/// <summary>
/// <c>/ops/metrics</c> → <c>psbReconciliations</c>: cards public security did not know, by reconciliation state
/// (<c>reconciling</c>, <c>failed</c>, <c>resolved</c>) and the open backlog (reconciling + failed).
/// </summary>
public sealed class PsbReconciliationMetric(PsbReconciliationLog log) : IOpsMetricSource
{
    public string Name => "psbReconciliations";

    public async Task<object> ReadAsync(CancellationToken ct)
    {
        var counts = await log.CountByStatusAsync(ct);
        var figures = new Dictionary<string, int>
        {
            ["open"] = counts.GetValueOrDefault(PsbReconciliationStatus.Reconciling)
                + counts.GetValueOrDefault(PsbReconciliationStatus.Failed),
            [PsbReconciliationStatus.Reconciling] = counts.GetValueOrDefault(PsbReconciliationStatus.Reconciling),
            [PsbReconciliationStatus.Failed] = counts.GetValueOrDefault(PsbReconciliationStatus.Failed),
            [PsbReconciliationStatus.Resolved] = counts.GetValueOrDefault(PsbReconciliationStatus.Resolved),
        };
        return figures;
    }
}
