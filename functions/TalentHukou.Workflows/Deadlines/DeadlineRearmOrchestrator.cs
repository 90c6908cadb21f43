using Microsoft.DurableTask;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Deadlines;

/// <summary>
/// Re-arms the open deadlines a published notice changes (ADR 0022): signals every affected process at once, then
/// again after the propagation bound, for processes that were between steps (computing a deadline on an instance that
/// had not yet seen the notice) when the first sweep ran. Returns how many signals it sent.
/// </summary>
public sealed class DeadlineRearmOrchestrator : TaskOrchestrator<RearmSweep, int>
{
    public static string InstanceIdFor(int year, string version) => $"calendar-rearm-{year}-{version}";

    public override async Task<int> RunAsync(TaskOrchestrationContext context, RearmSweep input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var first = await context.CallActivityAsync<int>(nameof(SignalArmedDeadlines), input, ActivityRetry.Transient);
        await context.CreateTimer(context.CurrentUtcDateTime + input.PropagationBound, CancellationToken.None);
        var second = await context.CallActivityAsync<int>(nameof(SignalArmedDeadlines), input, ActivityRetry.Transient);
        return first + second;
    }
}
