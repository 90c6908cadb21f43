using DurableTask.Core;
using TalentHukou.LocalDurable;

namespace TalentHukou.LocalDurable;

/// <summary>
/// How many orchestration and activity work items the sidecar runs at once. Its dispatcher sleeps 500 ms whenever the
/// limit is reached, and the in-memory backend's own limit is the processor count (2 here), so both are set explicitly.
/// </summary>
internal sealed class WorkItemLimits(IOrchestrationService inner, int orchestrations, int activities)
    : OrchestrationServiceDecorator(inner)
{
    public override int MaxConcurrentTaskOrchestrationWorkItems => orchestrations;

    public override int MaxConcurrentTaskActivityWorkItems => activities;
}
