using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Workflows.Cases.Timeline;

/// <summary>
/// Every instance that belongs to a case: its process (<c>application-</c>, <c>registry-</c>, <c>ticket-</c>), an
/// application's card sagas (<c>card-{id}-{attempt}</c>, attempts counted up until one is missing) and the dispatch of
/// each of its notices (<c>email-{row}</c>, from the outbox rows of the case's event keys).
/// </summary>
public sealed class CaseInstances(EmailOutboxStore outbox)
{
    private const int MaxCardAttempts = 20;

    public async Task<(IReadOnlyList<string> InstanceIds, IReadOnlyList<OutboxEntry> Notices)> FindAsync(
        DurableTaskClient durable, string kind, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(durable);
        var ids = new List<string> { StrandedCases.InstanceIdOf(kind, id) };
        if (kind == CaseKinds.Application)
        {
            for (var attempt = 1; attempt <= MaxCardAttempts; attempt++)
            {
                var saga = CardSaga.InstanceIdFor(id, attempt);
                if (await durable.GetInstanceAsync(saga, ct) is null) break;
                ids.Add(saga);
            }
        }
        var notices = await outbox.ListByEventPrefixAsync($"{kind}/{id}/", ct);
        ids.AddRange(notices.Select(n => EmailDispatchOrchestrator.InstanceIdFor(n.RowKey)));
        return (ids, notices);
    }
}
