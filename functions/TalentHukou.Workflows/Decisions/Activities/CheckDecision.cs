using Microsoft.DurableTask;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Decisions;
using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Registry;
using TalentHukou.Workflows.Registry;

namespace TalentHukou.Workflows.Decisions.Activities;

/// <summary>
/// Loads the decision a signal names and checks it before an orchestration acts on it: stored for this application or
/// registry request, of a kind the waiting step takes, taken in the role that kind needs, while the target is at the
/// right stage, by someone who is not the applicant or requester; then claims it for this wait, so it acts once.
/// </summary>
public sealed class CheckDecision(
    DecisionStore decisions, ApplicationStore applications, RegistryRequestStore requests,
    Applications.ApplicationPolicy policy)
    : TaskActivity<CheckDecisionInput, CheckedDecision>
{
    public override async Task<CheckedDecision> RunAsync(TaskActivityContext context, CheckDecisionInput input)
    {
        var stored = await decisions.GetStoredAsync(input.TargetId, input.DecisionId, CancellationToken.None);
        if (stored is not { Record: var decision })
            return CheckedDecision.Refused("no decision with this id is stored for this target");
        if (!input.Kinds.Contains(decision.Kind))
            return CheckedDecision.Refused($"a {decision.Kind} decision is not taken here");
        if (DecisionKinds.RequiredRole(decision.Kind) is { } role && decision.ActorRole != role)
            return CheckedDecision.Refused($"a {decision.Kind} decision needs the role {role}");
        var refusal = decision.Kind == DecisionKinds.RegistryDecision
            ? await CheckRequestAsync(decision)
            : await CheckApplicationAsync(decision);
        if (refusal is not null) return CheckedDecision.Refused(refusal);
        var claim = await decisions.ClaimAsync(
            input.TargetId, input.DecisionId, input.WaitKey, CancellationToken.None, stored);
        return claim.Decision is { } d
            ? new CheckedDecision(true, null, d.DecisionId, d.Kind, d.ActorSub, d.ActorRole, d.PayloadJson)
            : CheckedDecision.Refused(claim.Refusal!);
    }

    private async Task<string?> CheckApplicationAsync(DecisionRecord decision)
    {
        if (await applications.GetAsync(decision.TargetId, CancellationToken.None) is not { Record: var a })
            return "no such application";
        if (!DecisionKinds.Stages(decision.Kind).Contains(a.Stage)) return $"the application is at stage {a.Stage}";
        var own = a.OwnerSub == decision.ActorSub;
        switch (decision.Kind)
        {
            case DecisionKinds.CardGenerate:
                return own ? null : "only the applicant e-signs";
            case DecisionKinds.Withdrawal:
                return own ? null : "only the applicant withdraws";
            case DecisionKinds.Correction:
                return own ? null : "only the applicant corrects";
            case DecisionKinds.Return:
                if (own) return "the applicant decides nothing on their own application";
                if (a.ReturnCount >= policy.MaxReturns)
                    return $"the application was returned {a.ReturnCount} times already";
                return DecisionKinds.ReturnRole(a.Stage) == decision.ActorRole
                    ? null
                    : $"a return at {a.Stage} needs another role";
            case DecisionKinds.ObjectionFiled:
                var filed = DecisionPayload.Read<ObjectionPayload>(decision.PayloadJson);
                return a.Objections.Any(o => o.ObjectionId == filed.ObjectionId && o.FiledBy == decision.ActorSub)
                    ? null : "the objection is not stored as filed by this actor";
            case DecisionKinds.ObjectionResolution:
                var resolved = DecisionPayload.Read<ObjectionPayload>(decision.PayloadJson);
                var objection = a.Objections.FirstOrDefault(o => o.ObjectionId == resolved.ObjectionId);
                if (objection is null || resolved.Upheld is null) return "no such objection";
                return own || objection.FiledBy == decision.ActorSub
                    ? "the applicant or objector decides nothing on it"
                    : null;
            default:
                return own ? "the applicant decides nothing on their own application" : null;
        }
    }

    private async Task<string?> CheckRequestAsync(DecisionRecord decision)
    {
        if (await requests.GetAsync(decision.TargetId, CancellationToken.None) is not { } request)
            return "no such request";
        if (request.Status != RegistryRequestStatus.Pending) return "the request is already decided";
        if (request.RequesterSub == decision.ActorSub) return "the requester decides nothing on their own request";
        if (request.Type == RegistryRequestType.UnitAdmin
            && RegistryPayload.Read<UnitAdminProposal>(request).ApplicantSub == decision.ActorSub)
            return "the person to be granted decides nothing on the grant";
        return null;
    }
}

/// <summary>
/// Which decision to check, for which target, which kinds the waiting step takes, and the wait's key.
/// </summary>
public sealed record CheckDecisionInput(
    string TargetId,
    string DecisionId,
    IReadOnlyList<string> Kinds,
    string WaitKey);

/// <summary>A checked decision (<see cref="Valid"/>) with who took it and its payload, or why it was refused.</summary>
public sealed record CheckedDecision(
    bool Valid, string? Refusal, string? DecisionId, string? Kind, string? By, string? Role, string? PayloadJson)
{
    public static CheckedDecision Refused(string why) => new(false, why, null, null, null, null, null);

    public T Payload<T>() => DecisionPayload.Read<T>(PayloadJson ?? "{}");
}
