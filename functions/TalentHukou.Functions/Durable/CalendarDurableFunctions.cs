using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Domain.Calendar;
using TalentHukou.Workflows.Deadlines;

namespace TalentHukou.Functions.Durable;

/// <summary>Triggers for re-arming deadlines after a holiday notice (the classes the local host registers).</summary>
public static class CalendarDurableFunctions
{
    [Function(nameof(DeadlineRearmOrchestrator))]
    public static Task<int> Rearm([OrchestrationTrigger] TaskOrchestrationContext context) =>
        FunctionOrchestration.RunAsync<DeadlineRearmOrchestrator, RearmSweep, int>(context);

    [Function(nameof(SignalArmedDeadlines))]
    public static Task<int> Signal(
        [ActivityTrigger] RearmSweep input, [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        FunctionActivityContext.RunAsync<SignalArmedDeadlines, RearmSweep, int>(context, input, durable);

    [Function(nameof(RearmDeadline))]
    public static Task<ShiftedDeadline> RearmOne([ActivityTrigger] RearmRequest input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<RearmDeadline, RearmRequest, ShiftedDeadline>(context, input);
}
