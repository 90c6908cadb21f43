using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Notifications;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Workflows.Cases;

/// <summary>
/// What an ops control does to an application's case, beyond its instance: close it (an ops terminate) and re-attach a
/// process that resumes from the record (an ops restart or repair).
/// </summary>
public sealed class OpsCaseActions(
    ApplicationStore applications, ApplicationStepRecorder recorder, ApplicationProcess process,
    NotificationQueue notices, BusinessClock clock)
{
    public const string ClosedReason = "closed-by-ops";

    /// <summary>
    /// Closes an open application: stage <c>closed</c>, reason <c>closed-by-ops</c> (which frees the person's lock),
    /// and the applicant is told. False when the application is missing or already terminal.
    /// </summary>
    public async Task<bool> CloseApplicationAsync(DurableTaskClient durable, string applicationId, CancellationToken ct)
    {
        if (await applications.GetAsync(applicationId, ct) is not { } found
            || ApplicationStages.IsTerminal(found.Record.Stage))
            return false;
        var step = new ApplicationStep(applicationId, clock.UtcNow, ClosedReason)
        {
            Stage = ApplicationStage.Closed,
            Reason = ClosedReason,
            Note = "closed by ops",
        };
        await recorder.RecordAsync(applicationId, [step], ct);
        if ((await applications.GetAsync(applicationId, ct))?.Record.Stage != ApplicationStage.Closed) return false;
        var notice = new ApplicantNoticeChain(applicationId).Next(NotificationKind.ApplicationClosed, ClosedReason);
        await notices.QueueAsync(notice, durable, ct);
        return true;
    }

    /// <summary>
    /// Starts the application's process again in place of its ended instance, resuming from the stored record. False
    /// when the application is missing or terminal (a closed case stays closed) or a live instance is there.
    /// </summary>
    public async Task<bool> ResumeApplicationAsync(
        DurableTaskClient durable, string applicationId, CancellationToken ct)
    {
        if (await applications.GetAsync(applicationId, ct) is not { } found
            || ApplicationStages.IsTerminal(found.Record.Stage))
            return false;
        return await process.ResumeAsync(durable, found.Record, ct);
    }
}
