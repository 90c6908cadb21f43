using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;

namespace TalentHukou.Workflows.Cards.Saga;

/// <summary>
/// The application behind a card, with its applicant's full ID number decrypted. Only the saga's activities use this,
/// to compute the holder digest and to register the card with public security; the number is never stored in clear.
/// </summary>
public sealed class CardHolders(ApplicationStore applications, PersonalDataProtector protector)
{
    /// <summary>
    /// The holder; with <paramref name="held"/> (of this application), from the record it holds, or read into it for
    /// the activity's write after.
    /// </summary>
    public async Task<CardHolder> GetAsync(string applicationId, CancellationToken ct, HeldApplication? held = null)
    {
        var record = (held is not null && held.Holds(applicationId)
                ? (await held.ReadAsync(applications, ct))?.Record
                : (await applications.GetAsync(applicationId, ct))?.Record)
            ?? throw new InvalidOperationException($"Application {applicationId} does not exist.");
        return new CardHolder(record, protector.Decrypt(record.Applicant.IdNumberProtected));
    }
}

/// <summary>An application and its applicant's full ID number (in memory only).</summary>
public sealed record CardHolder(ApplicationRecord Application, string IdNumber)
{
    public string Name => Application.Applicant.Name;

    /// <summary>
    /// What the card shows: the applicant, the employer, the receiving HRSS and the card's own facts.
    /// </summary>
    public CardContent Content(string cardNumber, DateTimeOffset issuedAt, DateOnly validUntil) => new(
        cardNumber,
        Application.Applicant.Name,
        Application.Applicant.IdNumberMasked,
        Application.Employer.Name,
        Application.Route.OfficeName,
        issuedAt,
        validUntil,
        CardIssuers.GuangzhouDrc,
        Application.ApplicationId);

    // PersonalDataProtector round-trips the number; keep it out of ToString (and so out of any log of this record).
    public override string ToString() => $"CardHolder {{ ApplicationId = {Application.ApplicationId} }}";
}
