using System.Text.Json;
using Microsoft.DurableTask;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Applications.Activities;
using TalentHukou.Workflows.Decisions;
using TalentHukou.Workflows.Decisions.Activities;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Applications.Orchestrations;

/// <summary>
/// The 5-working-day publicity (公示) on a durable timer raced against objections. An open objection holds the
/// publicity until a reviewer resolves it: upheld ends the application; dismissed lets publicity complete, never
/// before its end date.
/// </summary>
public static class PublicityStep
{
    /// <summary>
    /// The objection route accepts at most this many objections per application; each raises and resolves once.
    /// </summary>
    public const int MaxObjections = 50;

    /// <summary>
    /// Runs the publicity; returns the upheld objection's note, or null when publicity passed. A resumed process passes
    /// the publicity under way (<paramref name="started"/>) and its open objections: it goes on with them.
    /// </summary>
    internal static async Task<string?> RunAsync(
        ApplicationContext app, WorkingDayPeriod? started = null, IReadOnlyList<string>? openObjections = null)
    {
        var days = app.Input.Policy.PublicityWorkingDays;
        var deadline = started is null ? await app.Arm(DeadlineKinds.Publicity, days) : Resumed(started, days);
        var period = deadline.Period!;
        if (started is null)
        {
            await app.Record(new ApplicationStep(app.Input.ApplicationId, app.Now, "publicity-started")
            {
                Stage = ApplicationStage.Publicity,
                Publicity = period,
            });
            await app.Notify(NotificationKind.PublicityStarted, "publicity-started",
                ("PublicityEndDate", period.End.ToString("yyyy-MM-dd")));
        }

        var open = new HashSet<string>(openObjections ?? []);
        var closed = false;
        for (int signals = 0, received = 0; signals < 2 * MaxObjections; received++)
        {
            JsonElement raw;
            if (open.Count == 0)
            {
                var next = await app.WaitFor<JsonElement>(ApplicationEvents.Objection, deadline);
                if (next.IsTimedOut)
                {
                    // Older instances end it below without looking at the record (their histories replay unchanged).
                    if (!app.Context.IsVersionAtLeast(OrchestrationVersions.PublicityClosedByTheRecord)) break;
                    // An objection stored before the close is taken even if its signal lost the race to the timer.
                    var unseen = await Close(app);
                    foreach (var objectionId in unseen) await Receive(app, open, objectionId);
                    closed = unseen.Count == 0;
                    if (closed) break;
                    continue;
                }
                raw = next.Value;
            }
            else raw = (await app.WaitFor<JsonElement>(ApplicationEvents.Objection, (DateTimeOffset?)null)).Value;
            var decision = await app.Check(raw, ApplicationEvents.Objection, $"objection-signal-{received}",
                DecisionKinds.ObjectionFiled, DecisionKinds.ObjectionResolution);
            if (decision is null) continue;
            signals++;
            var signal = ToSignal(decision);

            if (signal.Resolution is null)
            {
                await Receive(app, open, signal.ObjectionId);
                continue;
            }
            if (!open.Remove(signal.ObjectionId)) continue;
            var upheld = signal.Resolution.Upheld;
            await app.Record(new ApplicationStep(
                app.Input.ApplicationId, app.Now, $"objection-{signal.ObjectionId}-{(upheld ? "upheld" : "dismissed")}")
            {
                Objection = new ObjectionUpdate(
                    signal.ObjectionId,
                    upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed,
                    signal.Resolution.Note,
                    signal.Resolution.By),
                Stage = upheld || open.Count > 0 ? null : ApplicationStage.Publicity,
                Note = signal.Resolution.Note,
            });
            await app.Notify(NotificationKind.ObjectionResolved, $"objection-{signal.ObjectionId}-resolved",
                ("Outcome", upheld ? "Upheld" : "NotUpheld"));
            if (upheld) return signal.Resolution.Note;
        }
        if (!closed) await app.Record(ApplicationStages.PublicityEnded);
        await app.Notify(NotificationKind.PublicityEnded, "publicity-ended");
        return null;
    }

    /// <summary>An objection the process takes: under objection review until it is resolved.</summary>
    private static async Task Receive(ApplicationContext app, HashSet<string> open, string objectionId)
    {
        if (!open.Add(objectionId)) return;
        await app.Record($"objection-{objectionId}-received", ApplicationStage.ObjectionReview);
        await app.Notify(NotificationKind.ObjectionReceived, $"objection-{objectionId}");
    }

    /// <summary>Records the end of the publicity, unless the record holds objections the process has not taken: those.
    /// </summary>
    private static async Task<IReadOnlyList<string>> Close(ApplicationContext app)
    {
        await app.Flush();
        var ended = new ApplicationStep(app.Input.ApplicationId, app.Now, ApplicationStages.PublicityEnded);
        return await app.Context.CallActivityAsync<IReadOnlyList<string>>(
            nameof(ClosePublicity), ended, ActivityRetry.Transient);
    }

    /// <summary>
    /// The publicity a resumed process goes on with: counted from the day before its first day, so a notice recomputes
    /// it as it was first computed (the instant it started is not recorded).
    /// </summary>
    private static RearmableDeadline Resumed(WorkingDayPeriod period, int days) =>
        new(new ArmedDeadline(DeadlineKinds.Publicity, ChinaTime.At(period.Start.AddDays(-1), new TimeOnly(12, 0)),
            days, period.EndsAt, ""), period);

    private static ObjectionSignal ToSignal(CheckedDecision decision)
    {
        var payload = decision.Payload<ObjectionPayload>();
        return decision.Kind == DecisionKinds.ObjectionFiled
            ? new ObjectionSignal(payload.ObjectionId, null)
            : new ObjectionSignal(
                payload.ObjectionId, new ObjectionResolution(payload.Upheld!.Value, payload.Note ?? "", decision.By!));
    }
}
