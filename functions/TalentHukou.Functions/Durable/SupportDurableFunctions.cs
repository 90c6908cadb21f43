using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using TalentHukou.Domain.Support;
using TalentHukou.Workflows.Deadlines;
using TalentHukou.Workflows.Support.Activities;
using TalentHukou.Workflows.Support.Orchestrations;

namespace TalentHukou.Functions.Durable;

/// <summary>
/// Triggers for the support tickets' orchestrator and activities (the same classes the local host registers).
/// </summary>
public static class SupportDurableFunctions
{
    [Function(nameof(TicketSlaOrchestrator))]
    public static Task<TicketStatus> TicketSla([OrchestrationTrigger] TaskOrchestrationContext context) =>
        FunctionOrchestration.RunAsync<TicketSlaOrchestrator, TicketSlaInput, TicketStatus>(context);

    [Function(nameof(MoveTicketDueBy))]
    public static Task<bool> MoveDueBy([ActivityTrigger] StaffDeadlineMoved input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<MoveTicketDueBy, StaffDeadlineMoved, bool>(context, input);

    [Function(nameof(RemindTicketSupport))]
    public static Task<bool> Remind([ActivityTrigger] TicketSlaStep input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<RemindTicketSupport, TicketSlaStep, bool>(context, input);

    [Function(nameof(EscalateTicket))]
    public static Task<bool> Escalate([ActivityTrigger] TicketSlaStep input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<EscalateTicket, TicketSlaStep, bool>(context, input);
}
