using DurableTask.Core;
using TalentHukou.LocalDurable;

namespace TalentHukou.LocalDurable;

/// <summary>
/// How many orchestration and activity work items the sidecar runs at once: what <see cref="DispatchBound"/> allows now
/// (its dispatchers read these before every fetch). The dispatcher sleeps 500 ms whenever the limit is reached, and the
/// in-memory backend's own limit is the processor count (2 here), so both are set explicitly.
/// </summary>
internal sealed class WorkItemLimits(IOrchestrationService inner, DispatchBound bound)
    : OrchestrationServiceDecorator(inner)
{
    public override int MaxConcurrentTaskOrchestrationWorkItems => bound.Orchestrations;

    public override int MaxConcurrentTaskActivityWorkItems => bound.Activities;
}
