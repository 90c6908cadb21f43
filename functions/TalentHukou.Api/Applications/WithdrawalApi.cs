using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications.UseCases;

namespace TalentHukou.Api.Applications;

/// <summary><c>POST /applications/{id}/withdraw</c>: the owner withdraws (撤回) before the card saga starts.</summary>
public static class WithdrawalApi
{
    private const string DefaultReason = "申请人主动撤回申请";

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("WithdrawApplication", "POST", "applications/{applicationId}/withdraw", Access.RolesOf(Roles.Applicant),
            Handle.With<ApplicationServices>(Withdraw)) { Doc = WithdrawalApiDocs.WithdrawApplication },
    ];

    /// <summary>200 with the withdrawn application once its process has closed it; 202 if that takes longer.</summary>
    public static async Task<IResult> Withdraw(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications);
        if (problem is not null) return problem;
        if (!ApplicationAccess.IsOwner(request.Caller, record!))
            return Problems.Problems.Result(
                ApplicationProblems.NotFound, "Only the applicant withdraws the application.");
        // The body is optional: no content type and no content is a withdrawal without a reason.
        var http = request.Http.Request;
        var body = string.IsNullOrEmpty(http.ContentType) && http.ContentLength is null or 0
            ? new WithdrawBody(null) : await request.ReadJsonAsync<WithdrawBody>();
        var v = new BodyValidator();
        var reason = body.Reason is null ? DefaultReason : v.Text<WithdrawBody>("reason", body.Reason);
        if (!v.IsValid) return v.Problem();
        var outcome = await services.Withdrawals.WithdrawAsync(
            request.Durable, record!, request.Caller.Subject, reason!, request.Aborted);
        return outcome is DecisionOutcome.Taken { Application: { Stage: ApplicationStage.Withdrawn } withdrawn }
            ? TypedResults.Ok(ApplicationView.From(withdrawn, objectionDetails: false))
            : ApplicationActionsApi.Answer(outcome);
    }
}

/// <summary>Why the applicant withdraws (optional).</summary>
[Description("撤回申请。The applicant withdraws the application.")]
public sealed record WithdrawBody(
    [OptionalField]
    [TextField(2, 500)]
    string? Reason);
