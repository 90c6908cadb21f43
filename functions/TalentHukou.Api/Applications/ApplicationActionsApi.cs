using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.Problems;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Text;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Registry;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Registry;

namespace TalentHukou.Api.Applications;

/// <summary>
/// What people do to an application: unit and HRSS reviews, objections and their resolution, the card office's
/// issue order and the applicant's e-signature. Each arrives at the orchestration as an external event.
/// </summary>
public static class ApplicationActionsApi
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(30);

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("UnitReviewApplication", "POST", "applications/{applicationId}/unit-review", Access.RolesOf(Roles.UnitAdmin, Roles.Applicant), UnitReview) { Doc = new ApiDoc("The employer's unit admin approves or rejects", typeof(ReviewBody), Success: 202) { Problems = [409] } },
        new("ReviewApplication", "POST", "applications/{applicationId}/review", Access.RolesOf(Roles.Reviewer), HrssReview) { Doc = new ApiDoc("The scoped HRSS reviewer approves or rejects (manual path)", typeof(ReviewBody), Success: 202) { Problems = [409] } },
        new("FileObjection", "POST", "applications/{applicationId}/objections", Access.SignedIn, ObjectionsApi.File) { Idempotent = true, Doc = new ApiDoc("Raise an objection while publicity runs", typeof(ObjectionBody), Success: 201) { Problems = [409] } },
        new("ResolveObjection", "POST", "applications/{applicationId}/objections/{objectionId}/resolution", Access.RolesOf(Roles.Reviewer), ObjectionsApi.Resolve) { Doc = new ApiDoc("Resolve an objection: upheld rejects the application", typeof(ResolutionBody), Success: 202) { Problems = [409] } },
        new("IssueCard", "POST", "applications/{applicationId}/card/issue", Access.RolesOf(Roles.Drc), IssueCard) { Doc = new ApiDoc("The card office issues the card (manual path, after publicity)", Success: 202) { Problems = [409] } },
        new("GenerateCard", "POST", "applications/{applicationId}/card/generate", Access.RolesOf(Roles.Applicant), GenerateCard) { Doc = new ApiDoc("The applicant e-signs and the system issues the card (smart path)", typeof(GenerateCardBody), Success: 202) { Problems = [409] } },
    ];

    /// <summary>The employer's unit admin (by token claim, or by a permission the registry granted) approves or rejects.</summary>
    public static async Task<IResult> UnitReview(ApiRequest request)
    {
        var (record, problem) = await ApplicationsApi.Find(request);
        if (problem is not null) return problem;
        var granted = ApplicationAccess.IsUnitAdmin(request.Caller, record!)
            || await request.Service<UnitAdminGrants>().IsGrantedAsync(record!.Employer.EmployerId, request.Caller.Subject, request.Aborted);
        if (!granted) return Problems.Problems.Result(ApplicationProblems.NotFound, "Only the unit admin of the application's employer reviews it.");
        return await Decide(request, record!, ApplicationStage.UnitReview, ApplicationEvents.UnitReview);
    }

    public static async Task<IResult> HrssReview(ApiRequest request)
    {
        var (record, problem) = await ApplicationsApi.Find(request);
        if (problem is not null) return problem;
        if (!ApplicationAccess.IsScopedReviewer(request.Caller, record!))
            return Problems.Problems.Result(ApplicationProblems.NotFound, "This application is reviewed by another HRSS.");
        return await Decide(request, record!, ApplicationStage.HrssReview, ApplicationEvents.HrssReview);
    }

    public static async Task<IResult> IssueCard(ApiRequest request)
    {
        var (record, problem) = await ApplicationsApi.Find(request);
        if (problem is not null) return problem;
        if (record!.Mode != ApprovalMode.Manual || record.Stage != ApplicationStage.AwaitingCard)
            return WrongStage(record, "The card office issues cards of manual-path applications awaiting their card.");
        return await Raise(request, record, ApplicationEvents.CardIssue, new CardRequest(request.Caller.Subject, null));
    }

    /// <summary>Smart path: the applicant's e-signature (consent and their own name) orders the card.</summary>
    public static async Task<IResult> GenerateCard(ApiRequest request)
    {
        var (record, problem) = await ApplicationsApi.Find(request);
        if (problem is not null) return problem;
        if (!ApplicationAccess.IsOwner(request.Caller, record!)) return Problems.Problems.Result(ApplicationProblems.NotFound, "Only the applicant generates the card.");
        var body = await request.ReadJsonAsync<GenerateCardBody>();
        var v = new BodyValidator();
        v.Require(body.Consent == true, "consent", "请阅读并同意后签名", "consent must be true.");
        v.Require(body.SignedName is not null && NameFolding.Fold(body.SignedName) == NameFolding.Fold(record!.Applicant.Name), "signedName", "签名须与申请人姓名一致", "signedName must be the applicant's name.");
        if (!v.IsValid) return v.Problem();
        if (record!.Mode != ApprovalMode.Smart || record.Stage != ApplicationStage.AwaitingCard)
            return WrongStage(record, "Cards are generated on the smart path once publicity has passed.");
        return await Raise(request, record, ApplicationEvents.CardGenerate, new CardRequest(request.Caller.Subject, record.Applicant.Name));
    }

    private static async Task<IResult> Decide(ApiRequest request, ApplicationRecord record, ApplicationStage stage, string eventName)
    {
        var body = await request.ReadJsonAsync<ReviewBody>();
        var v = new BodyValidator();
        var reason = v.Decision(body.Approve, body.Reason);
        if (!v.IsValid) return v.Problem();
        if (record.Stage != stage) return WrongStage(record, $"Decisions of this kind are taken at stage {StageNames.Wire(stage)}.");
        return await Raise(request, record, eventName, new ReviewDecision(body.Approve!.Value, reason, request.Caller.Subject));
    }

    internal static async Task<IResult> Raise(ApiRequest request, ApplicationRecord record, string eventName, object payload)
    {
        // Every timeline entry after "submitted" was written by the orchestration: it has run, whatever its status row says.
        var ran = record.Timeline.Count > 1;
        var raised = await request.Durable.RaiseWhenStartedAsync(ApplicationOrchestrator.InstanceIdFor(record.ApplicationId), eventName, payload, StartWait, request.Aborted, ran);
        if (!raised) return Problems.Problems.Result(ProblemTypes.StorageUnavailable, "The application's process is still starting; retry shortly.");
        return TypedResults.Accepted($"/api/applications/{record.ApplicationId}", new { record.ApplicationId, stage = StageNames.Wire(record.Stage), accepted = eventName });
    }

    internal static IResult WrongStage(ApplicationRecord record, string detail) =>
        Problems.Problems.Result(ApplicationProblems.WrongStage, detail, extra: new { currentStage = StageNames.Wire(record.Stage) });
}

/// <summary>A review decision.</summary>
public sealed record ReviewBody(bool? Approve, string? Reason);

/// <summary>The applicant's e-signature for the card.</summary>
public sealed record GenerateCardBody(bool? Consent, string? SignedName);
