using Microsoft.DurableTask;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Notifications.Templates;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email;

namespace TalentHukou.Workflows.Applications.Orchestrations;

/// <summary>
/// The 5-working-day publicity (公示) on a durable timer raced against objections. An open objection holds the
/// publicity until a reviewer resolves it: upheld ends the application; dismissed lets publicity complete, never
/// before its end date.
/// </summary>
public static class PublicityStep
{
    /// <summary>The objection route accepts at most this many objections per application; each raises and resolves once.</summary>
    public const int MaxObjections = 50;

    /// <summary>Runs the publicity; returns the upheld objection's note, or null when publicity passed.</summary>
    internal static async Task<string?> RunAsync(ApplicationContext app)
    {
        var period = (await app.DueBy(app.Input.Policy.PublicityWorkingDays, period: true)).Period!;
        await app.Record(new ApplicationStep(app.Input.ApplicationId, app.Now, "publicity-started") { Stage = ApplicationStage.Publicity, Publicity = period });
        await app.Notify(NotificationKind.PublicityStarted, "publicity-started", ("PublicityEndDate", period.End.ToString("yyyy-MM-dd")));

        var open = new HashSet<string>();
        for (var signals = 0; signals < 2 * MaxObjections; signals++)
        {
            ObjectionSignal signal;
            if (open.Count == 0)
            {
                var next = await app.WaitFor<ObjectionSignal>(ApplicationEvents.Objection, period.EndsAt);
                if (next.IsTimedOut) break;
                signal = next.Value!;
            }
            else signal = (await app.WaitFor<ObjectionSignal>(ApplicationEvents.Objection, null)).Value!;

            if (signal.Resolution is null)
            {
                if (!open.Add(signal.ObjectionId)) continue;
                await app.Record($"objection-{signal.ObjectionId}-received", ApplicationStage.ObjectionReview);
                await app.Notify(NotificationKind.ObjectionReceived, $"objection-{signal.ObjectionId}");
                continue;
            }
            if (!open.Remove(signal.ObjectionId)) continue;
            var upheld = signal.Resolution.Upheld;
            await app.Record(new ApplicationStep(app.Input.ApplicationId, app.Now, $"objection-{signal.ObjectionId}-{(upheld ? "upheld" : "dismissed")}")
            {
                Objection = new ObjectionUpdate(signal.ObjectionId, upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed, signal.Resolution.Note, signal.Resolution.By),
                Stage = upheld || open.Count > 0 ? null : ApplicationStage.Publicity,
                Note = signal.Resolution.Note,
            });
            await app.Notify(NotificationKind.ObjectionResolved, $"objection-{signal.ObjectionId}-resolved", ("Outcome", upheld ? "Upheld" : "NotUpheld"));
            if (upheld) return signal.Resolution.Note;
        }
        await app.Record("publicity-ended");
        await app.Notify(NotificationKind.PublicityEnded, "publicity-ended");
        return null;
    }
}
