using Microsoft.DurableTask.Client;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Decisions;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>
/// Returns an application for correction (退回补正) at the unit or HRSS review: a decision of kind
/// <see cref="DecisionKinds.Return"/> on the review's own event, so the review step takes it instead of a review. At
/// most <see cref="ApplicationPolicy.MaxReturns"/> returns per application.
/// </summary>
public sealed class ReturnApplication(TakeDecision decisions, ApplicationPolicy policy)
{
    /// <summary>
    /// The review event a return at <paramref name="stage"/> travels on; null where nothing is returned.
    /// </summary>
    public static string? EventAt(ApplicationStage stage) => stage switch
    {
        ApplicationStage.UnitReview => ApplicationEvents.UnitReview,
        ApplicationStage.HrssReview => ApplicationEvents.HrssReview,
        _ => null,
    };

    public Task<DecisionOutcome> ReturnAsync(
        DurableTaskClient durable, ApplicationRecord record, string by, IReadOnlyList<ReturnItem> items,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (EventAt(record.Stage) is not { } eventName)
            return Task.FromResult<DecisionOutcome>(new DecisionOutcome.WrongStage(record,
                "Applications are returned for correction at stage unit-review or hrss-review."));
        if (record.ReturnCount >= policy.MaxReturns)
            return Task.FromResult<DecisionOutcome>(new DecisionOutcome.LimitReached(record,
                $"The application was returned {record.ReturnCount} times; " +
                $"at most {policy.MaxReturns} returns are allowed."));
        var actor = new DecisionActor(by, DecisionKinds.ReturnRole(record.Stage)!);
        return decisions.TakeAsync(durable, record,
            new DecisionRequest(eventName, DecisionKinds.Return, actor, new ReturnPayload(items)), ct);
    }
}
