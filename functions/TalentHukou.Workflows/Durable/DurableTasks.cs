using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Workflows.Applications.Activities;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Cards.Saga.Activities;
using TalentHukou.Workflows.Cards.Saga.Orchestrations;
using TalentHukou.Workflows.Decisions.Activities;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Registry.Activities;
using TalentHukou.Workflows.Registry.Orchestrations;
using TalentHukou.Workflows.Support.Activities;
using TalentHukou.Workflows.Support.Orchestrations;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Workflows.Durable;

/// <summary>
/// Every orchestrator and activity of the service, registered explicitly (the DurableTask source generator is not
/// available). Both hosts register exactly this list; the Functions app has one trigger wrapper for each entry.
/// </summary>
public static class DurableTasks
{
    public static IReadOnlyList<Type> Orchestrators { get; } =
    [
        typeof(RegistryReviewOrchestrator),
        typeof(TicketSlaOrchestrator),
        typeof(ApplicationOrchestrator),
        typeof(EmailDispatchOrchestrator),
        typeof(CardIssuanceOrchestrator),
        typeof(UnstartedProcessSweep),
        typeof(Retention.InstanceRetentionJob),
        typeof(Privacy.PersonalDataKeyRotation),
        typeof(Cases.Bulk.OpsBulkOrchestrator),
        typeof(Deadlines.DeadlineRearmOrchestrator),
    ];

    public static IReadOnlyList<Type> Activities { get; } =
    [
        typeof(EscalateRegistryRequest),
        typeof(MoveRegistryDueBy),
        typeof(ApplyRegistryDecision),
        typeof(QueueNotification),
        typeof(RemindTicketSupport),
        typeof(EscalateTicket),
        typeof(MoveTicketDueBy),
        typeof(RecordApplicationStep),
        typeof(ApplyApplicationProgress),
        typeof(ComputeDueBy),
        typeof(CheckSmartEligibility),
        typeof(ReadResumePoint),
        typeof(ClosePublicity),
        typeof(SendQueuedEmail),
        typeof(BeginCardIssuance),
        typeof(ReserveCardNumber),
        typeof(SignCard),
        typeof(StoreCardPdf),
        typeof(RecordIssuedCard),
        typeof(CompensateCardIssuance),
        typeof(RegisterCardWithPsb),
        typeof(CrossCheckCardWithPsb),
        typeof(ReportPsbReconciliation),
        typeof(StartUnstartedProcesses),
        typeof(Retention.PurgeEndedInstances),
        typeof(Retention.DeleteExpiredMaterials),
        typeof(Retention.PurgeExpiredAuditEntries),
        typeof(CheckDecision),
        typeof(Privacy.ReprotectApplications),
        typeof(Privacy.ReprotectSupportTickets),
        typeof(Cases.Bulk.ApplyOpsControl),
        typeof(Deadlines.RearmDeadline),
        typeof(Deadlines.SignalArmedDeadlines),
    ];

    /// <summary>
    /// Registers every task, each run through <see cref="ObservedOrchestrator"/> or <see cref="ObservedActivity"/> (log
    /// scopes, spans).
    /// </summary>
    public static void Register(DurableTaskRegistry registry)
    {
        foreach (var orchestrator in Orchestrators)
            registry.AddOrchestrator(orchestrator.Name,
                () => new ObservedOrchestrator((ITaskOrchestrator)Activator.CreateInstance(orchestrator)!));
        foreach (var activity in Activities)
            registry.AddActivity(activity.Name, services => new ObservedActivity(
                (ITaskActivity)ActivatorUtilities.CreateInstance(services, activity),
                services.GetRequiredService<ILoggerFactory>().CreateLogger(activity)));
    }
}
