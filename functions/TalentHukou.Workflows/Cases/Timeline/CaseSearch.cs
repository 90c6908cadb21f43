using System.ComponentModel;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Cases;

namespace TalentHukou.Workflows.Cases.Timeline;

/// <summary>
/// Finds a case by a business key an operator is given: an application id, a ticket id (<c>TK…</c>), a registry request
/// id (<c>RQ…</c>), a card number (<c>R…</c>, answered masked) or an instance id that follows a case.
/// </summary>
public sealed class CaseSearch(BusinessCases cases, CardRegistry cards, CaseInstances instances)
{
    public async Task<IReadOnlyList<CaseHit>> FindAsync(DurableTaskClient durable, string query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = query.Trim();
        foreach (var (kind, id, matchedBy) in await CandidatesAsync(q, ct))
        {
            if (await cases.FindAsync(kind, id, ct) is not { } found) continue;
            var (ids, _) = await instances.FindAsync(durable, found.Kind, found.Id, ct);
            return [new CaseHit(found.Kind, found.Id, found.Stage, ids, matchedBy)];
        }
        return [];
    }

    private async Task<IReadOnlyList<(string Kind, string Id, string MatchedBy)>> CandidatesAsync(
        string q, CancellationToken ct)
    {
        if (CardNumber.IsValid(q))
            return await cards.GetAsync(q, ct) is { } card
                ? [(CaseKinds.Application, card.ApplicationId, "card " + CardNumber.Mask(q))]
                : [];
        if (CaseKinds.Of(q) is { } key) return [(key.Kind, key.Id, "instance")];
        if (RegistryRequestStore.IsValidId(q)) return [(CaseKinds.Registry, q, "registry request")];
        if (SupportTicketStore.IsValidId(q)) return [(CaseKinds.Ticket, q, "ticket")];
        return [(CaseKinds.Application, q, "application")];
    }
}

/// <summary>
/// A case found: kind, id, stage or status, every instance that belongs to it, and what matched (masked).
/// </summary>
[Description("案件查找结果。A case found by an id, a card number or an instance id, with its instances.")]
public sealed record CaseHit(
    [WireValues(typeof(CaseKinds), Schema = "CaseKind")] string Kind,
    string Id,
    string Stage,
    IReadOnlyList<string> InstanceIds,
    [Description("匹配依据。What the query matched: application, registry request, ticket, instance, or a masked card "
        + "number.")]
    string MatchedBy);
