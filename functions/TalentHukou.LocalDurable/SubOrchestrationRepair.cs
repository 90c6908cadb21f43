using System.Runtime.Serialization;
using DurableTask.Core;
using DurableTask.Core.History;
using TalentHukou.LocalDurable;

namespace TalentHukou.LocalDurable;

/// <summary>
/// The orchestration service as the gRPC sidecar's worker side sees it, with two repairs that sub-orchestrations
/// (the card saga) need on the Azure Storage provider, both applied when an orchestration episode is saved:
/// <list type="bullet">
/// <item>the sidecar records a sub-orchestration's creation as its own <c>GrpcSubOrchestrationInstanceCreatedEvent</c>,
/// which is no data contract, so the history table stored a row without columns and the parent could never load its
/// history again: it is saved as the plain <see cref="SubOrchestrationInstanceCreatedEvent"/>;</item>
/// <item>the child's start message carries protobuf-typed tags, which the queue serializer can write but not read back:
/// they travel as a plain dictionary.</item>
/// </list>
/// </summary>
internal sealed class SubOrchestrationRepair(IOrchestrationService inner) : OrchestrationServiceDecorator(inner)
{
    public override Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        Repair(workItem.OrchestrationRuntimeState);
        if (!ReferenceEquals(workItem.OrchestrationRuntimeState, newOrchestrationRuntimeState))
            Repair(newOrchestrationRuntimeState);
        foreach (var message in orchestratorMessages)
        {
            if (message.Event is ExecutionStartedEvent { Tags: { } tags } started
                && tags is not Dictionary<string, string>)
                started.Tags = new Dictionary<string, string>(tags);
        }
        return Inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem,
            newOrchestrationRuntimeState,
            outboundMessages,
            orchestratorMessages,
            timerMessages,
            continuedAsNewMessage,
            orchestrationState);
    }

    private static void Repair(OrchestrationRuntimeState? state)
    {
        if (state is null) return;
        Replace(state.Events);
        Replace(state.NewEvents);
    }

    private static void Replace(IList<HistoryEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is SubOrchestrationInstanceCreatedEvent created
                && created.GetType() != typeof(SubOrchestrationInstanceCreatedEvent)
                && !Attribute.IsDefined(created.GetType(), typeof(DataContractAttribute), inherit: false))
                events[i] = AsPlain(created);
        }
    }

    /// <summary>
    /// A copy of every readable and writable property the plain event declares (its data members among them).
    /// </summary>
    private static SubOrchestrationInstanceCreatedEvent AsPlain(SubOrchestrationInstanceCreatedEvent created)
    {
        var plain = new SubOrchestrationInstanceCreatedEvent(created.EventId);
        foreach (var property in typeof(SubOrchestrationInstanceCreatedEvent).GetProperties())
        {
            if (property.CanRead && property.CanWrite) property.SetValue(plain, property.GetValue(created));
        }
        return plain;
    }
}
