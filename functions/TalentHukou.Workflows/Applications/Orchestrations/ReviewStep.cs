using TalentHukou.Adapters.Email;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Decisions;
using TalentHukou.Workflows.Decisions.Activities;

namespace TalentHukou.Workflows.Applications.Orchestrations;

/// <summary>
/// A unit or HRSS review that may return the application for correction (退回补正) instead of deciding it: the step
/// records stage <c>returned</c> with the correction deadline, emails the applicant, and waits for the correction until
/// the deadline (withdrawal still races it). A correction sends the application back to the review with a fresh review
/// deadline; no correction in time withdraws it.
/// </summary>
internal static class ReviewStep
{
    /// <summary>The review's decision, or null when the application was withdrawn for want of a correction.</summary>
    public static async Task<ReviewDecision?> RunAsync(
        ApplicationContext app, string eventName, string step, string kind, ApplicationStage stage)
    {
        for (var round = 0; ; round++)
        {
            var waitKey = round == 0 ? step : $"{step}-{round + 1}";
            var decision = await app.AwaitAnyDecision(eventName, step, waitKey, kind, DecisionKinds.Return);
            if (decision.Kind != DecisionKinds.Return)
            {
                var review = decision.Payload<ReviewPayload>();
                return new ReviewDecision(review.Approve, review.Reason, decision.By!);
            }
            if (!await AwaitCorrectionAsync(app, decision, step, stage, round + 1)) return null;
        }
    }

    /// <summary>
    /// Records the return and waits for the correction; false when the deadline passed and the application closed.
    /// </summary>
    private static async Task<bool> AwaitCorrectionAsync(
        ApplicationContext app, CheckedDecision decision, string step, ApplicationStage stage, int round)
    {
        var items = decision.Payload<ReturnPayload>().Items;
        var deadline = await app.Arm(DeadlineKinds.Correction, app.Input.Policy.CorrectionWorkingDays, "correction");
        var dueBy = deadline.DueBy;
        // Returned when the deadline starts counting (the calendar look-up that follows takes business hours when
        // time is accelerated, and may cross midnight even when it is not).
        var returned = new ReturnInfo(items, StageNames.Wire(stage), deadline.Armed.From, dueBy);
        var summary = string.Join("；", items.Select(i => $"{i.Field ?? i.Material}：{i.Note}"));
        await app.Record(new ApplicationStep(app.Input.ApplicationId, app.Now, "returned")
        {
            Stage = ApplicationStage.Returned,
            Returned = returned,
            Note = summary,
            Waiting = deadline.Waiting,
        });
        var due = ChinaTime.ToMinute(dueBy);
        await app.Notify(NotificationKind.ApplicationReturned, $"returned-{round}",
            ("Items", summary), ("CorrectionDueBy", due));

        var correction = await app.DecisionUntil(
            ApplicationEvents.Correction, deadline, $"correction-{round}", DecisionKinds.Correction);
        if (correction is null)
        {
            due = ChinaTime.ToMinute(deadline.DueBy);
            await app.Close(ApplicationStage.Withdrawn, "correction-expired", $"未在补正期限（{due}）前补正，申请自动撤回");
            await app.Notify(NotificationKind.CorrectionExpired, "correction-expired", ("CorrectionDueBy", due));
            return false;
        }
        var corrected = correction.Payload<CorrectionPayload>();
        await app.Record("corrected", note: string.Join("、", corrected.Fields.Concat(corrected.Materials)));
        await app.Record("resubmitted", stage, $"back to {step}");
        await app.Notify(NotificationKind.ApplicationResubmitted, $"resubmitted-{round}");
        return true;
    }
}
