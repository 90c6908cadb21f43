using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Email;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Cards.Saga.Activities;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Cards.Saga.Orchestrations;

/// <summary>
/// Seed Q7 from the card office's side: push the card to public security, then cross-check it as 入户复核 will. Not found
/// is normal for a while (the sync is slow), so check again with backoff; past the window, reconcile: tell ops and the
/// applicant, and each round re-push the record and check again. Every loop is bounded.
/// </summary>
internal static class PsbSyncMonitor
{
    /// <summary>Upper bound on cross-checks before reconciliation, whatever the window and backoff.</summary>
    public const int MaxChecks = 100;

    public static async Task<ApplicationStage> RunAsync(CardSagaContext saga, string number, Task issuedNotice)
    {
        var context = saga.Context;
        var policy = saga.Plan.PsbSync;
        var card = new PsbCardRequest(saga.ApplicationId, number);
        context.SetCustomStatus(new { step = "psb-check" });
        await Task.WhenAll(issuedNotice, saga.TryStep(nameof(RegisterCardWithPsb), card));

        var reconcileAt = context.CurrentUtcDateTime + policy.ReconcileAfter;
        var wait = policy.FirstCheckAfter;
        for (var check = 1; check <= MaxChecks; check++)
        {
            await saga.DelayOrRecheck(wait);
            // A successful check records psb-synced itself: one activity, not two, on the common path.
            if (await saga.TryStep(nameof(CrossCheckCardWithPsb), card with { WhenSynced = SyncedStep(saga) }))
            {
                context.CreateReplaySafeLogger(nameof(PsbSyncMonitor))
                    .LogPsbSynced(Domain.Privacy.Masking.CardNumber(number), saga.ApplicationId, check);
                return ApplicationStage.PsbSynced;
            }
            var remaining = reconcileAt - context.CurrentUtcDateTime;
            if (remaining <= TimeSpan.Zero) break;
            wait = Min(Min(wait * policy.Backoff, policy.MaxCheckInterval), remaining);
        }
        return await ReconcileAsync(saga, card);
    }

    private static async Task<ApplicationStage> ReconcileAsync(CardSagaContext saga, PsbCardRequest card)
    {
        var policy = saga.Plan.PsbSync;
        await saga.Record(new ApplicationStep(saga.ApplicationId, saga.Now, "psb-reconciliation-started")
        {
            Stage = ApplicationStage.PsbReconciliation,
            PsbCheck = PsbCheckStatus.Reconciling,
            Note = "公安业务系统暂无此指标卡信息，正在重新推送并核对",
        });
        await saga.Notify(NotificationKind.PsbReconciliationUnderway, card.CardNumber, "psb-reconciliation");
        for (var round = 1; round <= policy.ReconciliationRounds; round++)
        {
            saga.Context.SetCustomStatus(new { step = "psb-reconciliation", round });
            await Report(saga, card, PsbReconciliationStatus.Reconciling, round);
            await saga.TryStep(nameof(RegisterCardWithPsb), card);
            await saga.DelayOrRecheck(policy.RoundInterval);
            if (await saga.TryStep(nameof(CrossCheckCardWithPsb), card))
            {
                await Report(saga, card, PsbReconciliationStatus.Resolved, round);
                await saga.Notify(NotificationKind.PsbReconciliationResolved, card.CardNumber, "psb-resolved");
                return await Synced(saga);
            }
        }
        await Report(saga, card, PsbReconciliationStatus.Failed, policy.ReconciliationRounds);
        await saga.Record(new ApplicationStep(saga.ApplicationId, saga.Now, "psb-reconciliation-failed")
        {
            PsbCheck = PsbCheckStatus.Failed,
            Note = "建议由申报人持身份证明材料和入户卡前往各区公安办证中心咨询",
        });
        await saga.Notify(NotificationKind.PsbReconciliationFailed, card.CardNumber, "psb-failed");
        return ApplicationStage.PsbReconciliation;
    }

    private static async Task<ApplicationStage> Synced(CardSagaContext saga)
    {
        await saga.Record(SyncedStep(saga));
        return ApplicationStage.PsbSynced;
    }

    private static ApplicationStep SyncedStep(CardSagaContext saga) =>
        new(saga.ApplicationId, saga.Now, "psb-synced")
        {
            Stage = ApplicationStage.PsbSynced,
            PsbCheck = PsbCheckStatus.Synced,
        };

    private static Task Report(CardSagaContext saga, PsbCardRequest card, string status, int round) =>
        saga.TryStep(nameof(ReportPsbReconciliation),
            new PsbReconciliationReport(saga.ApplicationId, card.CardNumber, status, round, saga.Now));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
