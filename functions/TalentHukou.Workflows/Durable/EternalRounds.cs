using Microsoft.DurableTask;

namespace TalentHukou.Workflows.Durable;

/// <summary>
/// How a periodic job (an eternal orchestration, ADR 0009) ends a round. A business process keeps the version it
/// started with for life; a periodic job must not, or a job started by an old release never takes a new release's
/// steps. Its next round therefore starts at the orchestrator's CURRENT version (<see cref="OrchestrationVersions"/>):
/// <c>ContinueAsNew</c> is the one point with no history to replay, the documented safe place to move on (ADR 0013).
/// </summary>
public static class EternalRounds
{
    /// <summary>Continues this periodic job as new with <paramref name="input"/> at its current version.</summary>
    public static void ContinueAsNewAtCurrentVersion(this TaskOrchestrationContext context, object input)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ContinueAsNew(new ContinueAsNewOptions
        {
            NewInput = input,
            NewVersion = OrchestrationVersions.For(context.Name),
        });
    }
}
