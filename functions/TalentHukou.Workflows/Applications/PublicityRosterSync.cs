using TalentHukou.Adapters.Publicity;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Workflows.Applications;

/// <summary>
/// Keeps the public roster in step with an application's publicity: listed (open) while publicity runs, ended once it
/// passed, closed (unlisted) when the application is rejected or withdrawn. Idempotent, so a retried step repeats it
/// safely.
/// </summary>
public sealed class PublicityRosterSync(PublicityRoster roster)
{
    /// <summary>
    /// Gives the record its roster id when publicity starts (kept on retries: it is stored with the step).
    /// </summary>
    public static ApplicationRecord WithRosterId(ApplicationRecord record) =>
        record is { RosterId: null, Publicity: { } period } && ApplicationStages.AcceptsObjections(record.Stage)
            ? record with { RosterId = PublicityRoster.NewId(period.Start) }
            : record;

    /// <summary>
    /// Brings the roster row in line with the record after <paramref name="step"/> (only steps that can matter).
    /// </summary>
    public Task SyncAsync(ApplicationStep step, ApplicationRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(record);
        if (record.RosterId is not { } rosterId || record.Publicity is null) return Task.CompletedTask;
        if (step is { Stage: null, Publicity: null } && step.Event != "publicity-ended") return Task.CompletedTask;
        // From the card on the entry stays as the wait for the card (awaiting-card, recorded again by a resumed or
        // retried card step) left it: ended, with the same facts. Writing it again would change nothing.
        if (step is { Publicity: null, Stage: { } stage } && IsCardStage(stage) && IsCardStage(record.Stage))
            return Task.CompletedTask;
        var status = ApplicationStages.IsClosed(record.Stage) ? RosterEntry.Closed
            : ApplicationStages.AcceptsObjections(record.Stage) ? RosterEntry.Open : RosterEntry.Ended;
        return roster.UpsertAsync(EntryOf(record, rosterId, status), ct);
    }

    private static bool IsCardStage(ApplicationStage stage) =>
        stage == ApplicationStage.CardIssuing || ApplicationStages.HasCard(stage);

    private static RosterEntry EntryOf(ApplicationRecord a, string rosterId, string status) => new(
        rosterId, a.ApplicationId, Masking.PublicName(a.Applicant.Name), a.Applicant.Gender, a.Employer.Name,
        a.Education.SchoolName, a.Education.MajorName, WireEnum<Degree>.Name(a.Education.Degree), a.Route.Level,
        a.Route.District, a.Route.Scope, a.Publicity!.Start, a.Publicity.End, status);
}
