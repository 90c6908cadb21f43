using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;
using TalentHukou.Domain.Text;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.UseCases;
using TalentHukou.Workflows.Decisions;

namespace TalentHukou.Api.Applications;

/// <summary>
/// What people do to an application: unit and HRSS reviews, objections and their resolution, the card office's
/// issue order and the applicant's e-signature. Each is a decision handed to the application's process.
/// </summary>
public static class ApplicationActionsApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("UnitReviewApplication", "POST", "applications/{applicationId}/unit-review",
            Access.RolesOf(Roles.UnitAdmin, Roles.Applicant), Handle.With<ApplicationServices>(UnitReview))
        {
            Doc = ApplicationActionsApiDocs.UnitReviewApplication,
        },
        new("ReviewApplication", "POST", "applications/{applicationId}/review", Access.RolesOf(Roles.Reviewer),
            Handle.With<ApplicationServices>(HrssReview)) { Doc = ApplicationActionsApiDocs.ReviewApplication },
        new("FileObjection", "POST", "applications/{applicationId}/objections", Access.SignedIn,
            Handle.With<ApplicationServices>(ObjectionsApi.File))
        {
            Idempotent = true,
            Doc = ApplicationActionsApiDocs.FileObjection,
        },
        new("ResolveObjection", "POST", "applications/{applicationId}/objections/{objectionId}/resolution",
            Access.RolesOf(Roles.Reviewer), Handle.With<ApplicationServices>(ObjectionsApi.Resolve))
        {
            Doc = ApplicationActionsApiDocs.ResolveObjection,
        },
        new("IssueCard", "POST", "applications/{applicationId}/card/issue", Access.RolesOf(Roles.Drc),
            Handle.With<ApplicationServices>(IssueCard)) { Doc = ApplicationActionsApiDocs.IssueCard },
        new("GenerateCard", "POST", "applications/{applicationId}/card/generate", Access.RolesOf(Roles.Applicant),
            Handle.With<ApplicationServices>(GenerateCard)) { Doc = ApplicationActionsApiDocs.GenerateCard },
    ];

    /// <summary>
    /// The unit admin of the application's employer (the unit this system granted; see CallerResolver) decides.
    /// </summary>
    public static async Task<IResult> UnitReview(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications, grants: services.UnitAdmins);
        if (problem is not null) return problem;
        var granted = ApplicationAccess.IsUnitAdmin(request.Caller, record!)
            || await services.UnitAdmins.IsGrantedAsync(
                record!.Employer.EmployerId, request.Caller.Subject, request.Aborted);
        if (!granted)
            return Problems.Problems.Result(
                ApplicationProblems.NotFound, "Only the unit admin of the application's employer reviews it.");
        return await Review(request, services, record!, ApplicationStage.UnitReview, ApplicationEvents.UnitReview,
            new DecisionActor(request.Caller.Subject, Roles.UnitAdmin), DecisionKinds.UnitReview);
    }

    public static async Task<IResult> HrssReview(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications);
        if (problem is not null) return problem;
        if (!ApplicationAccess.IsScopedReviewer(request.Caller, record!))
            return Problems.Problems.Result(
                ApplicationProblems.NotFound, "This application is reviewed by another HRSS.");
        return await Review(request, services, record!, ApplicationStage.HrssReview, ApplicationEvents.HrssReview,
            new DecisionActor(request.Caller.Subject, Roles.Reviewer), DecisionKinds.HrssReview);
    }

    public static async Task<IResult> IssueCard(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications);
        if (problem is not null) return problem;
        if (record!.Mode != ApprovalMode.Manual)
            return WrongStage(record, "The card office issues cards of manual-path applications awaiting their card.");
        if (await OwnMatter(request, services, record) is { } own) return own;
        var order = new DecisionRequest(ApplicationEvents.CardIssue, DecisionKinds.CardIssue,
            new DecisionActor(request.Caller.Subject, Roles.Drc), new CardPayload(null));
        return Answer(await services.Decisions.AtStageAsync(
            request.Durable, record, ApplicationStage.AwaitingCard, order, request.Aborted));
    }

    /// <summary>Smart path: the applicant's e-signature (consent and their own name) orders the card.</summary>
    public static async Task<IResult> GenerateCard(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications);
        if (problem is not null) return problem;
        if (!ApplicationAccess.IsOwner(request.Caller, record!))
            return Problems.Problems.Result(ApplicationProblems.NotFound, "Only the applicant generates the card.");
        var body = await request.ReadJsonAsync<GenerateCardBody>();
        var v = new BodyValidator();
        v.Consent<GenerateCardBody>("consent", body.Consent, "请阅读并同意后签名");
        v.Require(
            body.SignedName is not null
                && NameFolding.Fold(body.SignedName) == NameFolding.Fold(record!.Applicant.Name),
            "signedName",
            "签名须与申请人姓名一致",
            "signedName must be the applicant's name.");
        if (!v.IsValid) return v.Problem();
        if (record!.Mode != ApprovalMode.Smart)
            return WrongStage(record, "Cards are generated on the smart path once publicity has passed.");
        // The decision row keeps personal data masked: the signature names the applicant by their masked name.
        var signature = new DecisionRequest(ApplicationEvents.CardGenerate, DecisionKinds.CardGenerate,
            new DecisionActor(request.Caller.Subject, Roles.Applicant),
            new CardPayload(Masking.Name(record.Applicant.Name)));
        return Answer(await services.Decisions.AtStageAsync(
            request.Durable, record, ApplicationStage.AwaitingCard, signature, request.Aborted));
    }

    private static async Task<IResult> Review(
        ApiRequest request,
        ApplicationServices services,
        ApplicationRecord record,
        ApplicationStage stage,
        string eventName,
        DecisionActor actor,
        string kind)
    {
        var body = await request.ReadJsonAsync<ReviewBody>();
        var v = new BodyValidator();
        var reason = v.Decision<ReviewBody>(body.Approve, body.Reason);
        if (!v.IsValid) return v.Problem();
        if (await OwnMatter(request, services, record) is { } own) return own;
        var decision = new DecisionRequest(eventName, kind, actor, new ReviewPayload(body.Approve!.Value, reason));
        return Answer(await services.Decisions.AtStageAsync(request.Durable, record, stage, decision, request.Aborted));
    }

    /// <summary>
    /// 403 when the caller is the applicant (by subject, or by the ID number of an application they filed).
    /// </summary>
    internal static async Task<IResult?> OwnMatter(
        ApiRequest request, ApplicationServices services, ApplicationRecord record) =>
        await SeparationOfDuties.IsOwnMatterAsync(
            request.Caller, record, services.Applications, services.Identity, request.Aborted)
            ? Problems.Problems.Result(
                ApplicationProblems.OwnMatter, "Nobody decides on an application in which they are the applicant.")
            : null;

    /// <summary>
    /// The answer to a decision: 202 with the application's status resource, or why it was not taken.
    /// </summary>
    internal static IResult Answer(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Taken { Application: var a, Event: var e } => TypedResults.Accepted(
            $"/api/applications/{a.ApplicationId}",
            new { a.ApplicationId, stage = StageNames.Wire(a.Stage), accepted = e }),
        DecisionOutcome.WrongStage { Application: var a, Detail: var detail } => WrongStage(a, detail),
        _ => Problems.Problems.Result(
            ProblemTypes.StorageUnavailable, "The application's process is still starting; retry shortly."),
    };

    internal static IResult WrongStage(ApplicationRecord record, string detail) =>
        Problems.Problems.Result(
            ApplicationProblems.WrongStage, detail, extra: new { currentStage = StageNames.Wire(record.Stage) });
}

/// <summary>A review decision.</summary>
[Description("审核意见。A review: approve or reject, with a reason when rejecting.")]
public sealed record ReviewBody(
    bool? Approve,
    [OptionalField]
    [TextField(0, 500)]
    string? Reason);

/// <summary>The applicant's e-signature for the card.</summary>
[Description("电子签名确认。The applicant's e-signature to generate the card (smart path).")]
public sealed record GenerateCardBody(
    [Consent]
    [Description("同意签名。Must be true: the applicant read the card's declaration and signs it.")]
    bool? Consent,
    [Description("签名姓名。The applicant's own name as verified; it must match the application's applicant.")]
    string? SignedName);
