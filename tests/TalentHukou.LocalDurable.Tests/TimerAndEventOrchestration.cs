using Microsoft.DurableTask;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.LocalDurable.Tests;

/// <summary>
/// A test-only orchestration: waits for an "approve" event, then one business day on a durable timer.
/// </summary>
public sealed class TimerAndEventOrchestration : TaskOrchestrator<TimerAndEventInput, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, TimerAndEventInput input)
    {
        context.SetCustomStatus("waiting-for-event");
        var approval = await context.WaitForExternalEvent<string>("approve");
        context.SetCustomStatus("waiting-for-timer");
        var deadline = context.BusinessNow(input.Clock).AddDays(input.BusinessDays);
        await context.WaitUntilAsync(input.Clock, deadline);
        return $"{approval}@{context.BusinessNow(input.Clock) >= deadline}";
    }
}

/// <summary>The orchestration's clock and how many business days its timer lasts.</summary>
public sealed record TimerAndEventInput(ClockAnchor Clock, double BusinessDays);
