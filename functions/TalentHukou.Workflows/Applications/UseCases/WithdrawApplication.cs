using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Applications;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Decisions;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>
/// The applicant withdraws (撤回) an application at any stage before the card saga starts: the withdrawal goes to the
/// process (through <see cref="TakeDecision"/>), which ends at whatever it waits for, records stage <c>withdrawn</c>
/// (freeing the person's lock) and emails a confirmation. The record stays.
/// </summary>
public sealed class WithdrawApplication(TakeDecision decisions, ApplicationStore store)
{
    private static readonly TimeSpan SettleWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Stages the process can still be withdrawn from: it waits for a person there.</summary>
    public static bool AcceptsWithdrawal(ApplicationStage stage) =>
        DecisionKinds.Stages(DecisionKinds.Withdrawal).Contains(stage);

    /// <summary>
    /// Hands the withdrawal over and waits briefly until the record says withdrawn, so that the answer (and a new
    /// application right after it) sees the lock freed; <see cref="DecisionOutcome.Taken"/> carries the latest record.
    /// </summary>
    public async Task<DecisionOutcome> WithdrawAsync(
        DurableTaskClient durable, ApplicationRecord record, string by, string reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!AcceptsWithdrawal(record.Stage))
            return new DecisionOutcome.WrongStage(
                record, "Applications are withdrawn only before the card saga starts.");
        var decision = new DecisionRequest(ApplicationEvents.Withdraw, DecisionKinds.Withdrawal,
            new DecisionActor(by, DecisionKinds.RequiredRole(DecisionKinds.Withdrawal)!),
            new WithdrawalPayload(reason));
        var taken = await decisions.TakeAsync(durable, record, decision, ct);
        if (taken is not DecisionOutcome.Taken) return taken;
        var deadline = DateTimeOffset.UtcNow + SettleWait;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await store.GetAsync(record.ApplicationId, ct) is { Record: var current }
                && current.Stage != record.Stage
                && !AcceptsWithdrawal(current.Stage))
                return new DecisionOutcome.Taken(current, ApplicationEvents.Withdraw);
            await Task.Delay(PollInterval, ct);
        }
        return taken;
    }
}
