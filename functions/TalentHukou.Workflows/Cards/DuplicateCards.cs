using System.ComponentModel;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.PublicSecurity;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Workflows.Cards;

/// <summary>
/// Finds the persons who hold more than one valid card (issued before the <c>CardHolders</c> guard, ADR 0015) and
/// revokes all but the first issued: public security is told first, then the card's row is revoked, then it is audited
/// (<c>card.revoke-duplicate</c>). A run stopped half-way is finished by the next; a second run revokes nothing more.
/// </summary>
/// <remarks>
/// A card row holds only a keyed holder digest, so the person is found through the card's application: its ID number,
/// decrypted under whichever configured key protects it, indexed under the current key. Two applications protected
/// under different keys therefore still group as one person.
/// </remarks>
public sealed class DuplicateCards(
    CardRegistry cards, ApplicationStore applications, PersonalDataProtector protector,
    IPublicSecurityCardRegistry publicSecurity, AuditTrail audit, TimeProvider time)
{
    // China has kept UTC+8 without daylight saving since 1991; a card's validity date is a Beijing date.
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>
    /// Scans the issued cards; revokes the duplicates unless <paramref name="dryRun"/>, which only counts.
    /// </summary>
    public async Task<DuplicateCardsSummary> RunAsync(bool dryRun, string actor, string role, CancellationToken ct)
    {
        var duplicates = await FindAsync(ct);
        var revoked = new List<string>();
        foreach (var person in duplicates)
            foreach (var card in person.Skip(1))
            {
                if (!dryRun) await RevokeAsync(card, actor, role, ct);
                revoked.Add(Masking.CardNumber(card.CardNumber));
            }
        return new DuplicateCardsSummary(dryRun, duplicates.Count, dryRun ? [] : revoked, revoked.Count);
    }

    /// <summary>Each person's valid cards, first issued first, for the persons with more than one.</summary>
    private async Task<IReadOnlyList<IReadOnlyList<CardRecord>>> FindAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);
        var byPerson = new Dictionary<string, List<CardRecord>>(StringComparer.Ordinal);
        await foreach (var card in cards.ListAsync(ct))
        {
            if (card.Revocation is not null || card.Signature.Payload.ValidUntil < today) continue;
            if (await PersonOfAsync(card, ct) is not { } person) continue;
            if (!byPerson.TryGetValue(person, out var held)) byPerson[person] = held = [];
            held.Add(card);
        }
        return [.. byPerson.Values.Where(held => held.Count > 1)
            .Select(held => (IReadOnlyList<CardRecord>)[.. held
                .OrderBy(c => c.Signature.Payload.IssuedAt).ThenBy(c => c.CardNumber, StringComparer.Ordinal)])];
    }

    /// <summary>The person's ID-number index under the current key, or the record's own when no key reads it.</summary>
    private async Task<string?> PersonOfAsync(CardRecord card, CancellationToken ct)
    {
        if ((await applications.GetAsync(card.ApplicationId, ct))?.Record.Applicant is not { } applicant) return null;
        return protector.CanRead(applicant.IdNumberProtected)
            ? protector.IndexOf(protector.Decrypt(applicant.IdNumberProtected))
            : applicant.IdNumberIndex;
    }

    private async Task RevokeAsync(CardRecord card, string actor, string role, CancellationToken ct)
    {
        // Public security first: if the row's revocation then fails, the card still counts and the next run tells
        // again.
        await publicSecurity.RevokeAsync(card.CardNumber, CardRevocationReasons.Duplicate, ct);
        var revoked = await cards.RevokeAsync(
            card.CardNumber, new CardRevocation(time.GetUtcNow(), CardRevocationReasons.Duplicate), ct);
        if (!revoked) return;
        await audit.AppendAsync(new AuditRecord(actor, role, "card.revoke-duplicate", card.ApplicationId, "revoked",
            $"card {Masking.CardNumber(card.CardNumber)}: the person holds an earlier valid card"), ct);
    }
}

/// <summary>
/// What a run found: the persons holding more than one valid card, the masked numbers it revoked (none in a dry run)
/// and how many cards are (or, in a dry run, would be) revoked.
/// </summary>
[Description("重复入户卡核查结果。Persons holding more than one valid card and the cards revoked (none on a dry run).")]
public sealed record DuplicateCardsSummary(bool DryRun,
    [Description("人数。Persons holding more than one valid card.")] int Persons,
    [Description("已吊销（脱敏）。The masked numbers of the cards revoked; empty on a dry run.")]
    IReadOnlyList<string> Revoked,
    [Description("重复卡数。Cards revoked, or on a dry run that would be (each person keeps the earliest).")]
    int Duplicates);
