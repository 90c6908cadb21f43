using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Applications.UseCases;
using TalentHukou.Workflows.Decisions;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Applications;

/// <summary>
/// Objections (异议) during publicity, from anyone signed in, and their resolution by the scoped reviewer.
/// </summary>
public static class ObjectionsApi
{
    /// <summary>
    /// Files an objection. To callers who may not see the application, "no such application" and "not under publicity"
    /// get the same answer, and every caller's objections are rate-limited per minute.
    /// </summary>
    public static async Task<IResult> File(ApiRequest request, ApplicationServices services)
    {
        if (await services.Limits.ObjectionAsync(request.Http, request.Caller.Subject) is { } limited) return limited;
        var body = await request.ReadJsonAsync<ObjectionBody>();
        var v = new BodyValidator();
        var reason = v.Text<ObjectionBody>("reason", body.Reason);
        var contact = v.Text<ObjectionBody>("contact", body.Contact);
        if (!v.IsValid) return v.Problem();
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications, anyoneSignedIn: true);
        if (problem is not null) return record is null && IsProvincial(request) ? problem : NotInPublicity();
        var insider = ApplicationAccess.CanView(request.Caller, record!);
        if (!insider && !ApplicationStages.TakesObjections(record!)) return NotInPublicity();
        return await services.Objections.FileAsync(
            request.Durable, record!, reason!, contact!, Objector(request.Caller), request.Aborted) switch
        {
            ObjectionOutcome.Filed { ObjectionId: var id } =>
                TypedResults.Created($"/api/applications/{record!.ApplicationId}", new { objectionId = id }),
            ObjectionOutcome.TooMany { Max: var max } =>
                Problems.Problems.Result(
                    ApplicationProblems.TooManyObjections, $"At most {max} objections are taken here."),
            ObjectionOutcome.Refused { Why: DecisionOutcome.WrongStage } when !insider => NotInPublicity(),
            ObjectionOutcome.Refused { Why: var why } => ApplicationActionsApi.Answer(why),
            _ => throw new InvalidOperationException("Unknown objection outcome."),
        };
    }

    /// <summary>Who objects: any signed-in person, acting as an applicant if they hold that role.</summary>
    public static DecisionActor Objector(Caller caller) =>
        new(caller.Subject, caller.IsIn(Roles.Applicant) ? Roles.Applicant : "signed-in");

    private static bool IsProvincial(ApiRequest request) =>
        request.RouteValue("applicationId").StartsWith("GD", StringComparison.OrdinalIgnoreCase);

    private static IResult NotInPublicity() =>
        Problems.Problems.Result(
            ApplicationProblems.NotInPublicity, "Objections are taken only on applications under publicity.");

    public static async Task<IResult> Resolve(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications);
        if (problem is not null) return problem;
        if (!ApplicationAccess.IsScopedReviewer(request.Caller, record!))
            return Problems.Problems.Result(
                ApplicationProblems.NotFound, "This application is reviewed by another HRSS.");
        var body = await request.ReadJsonAsync<ResolutionBody>();
        var v = new BodyValidator();
        v.Require(body.Upheld is not null, "upheld", "请选择异议是否成立", "upheld (true or false) is required.");
        var note = v.Text<ResolutionBody>("note", body.Note);
        if (!v.IsValid) return v.Problem();
        var objection = record!.Objections.FirstOrDefault(o => o.ObjectionId == request.RouteValue("objectionId"));
        if (objection is null)
            return Problems.Problems.Result(
                ApplicationProblems.ObjectionNotFound, "No such objection on this application.");
        if (objection.FiledBy == request.Caller.Subject)
            return Problems.Problems.Result(ApplicationProblems.OwnMatter, "Nobody resolves an objection they filed.");
        if (await ApplicationActionsApi.OwnMatter(request, services, record) is { } own) return own;
        if (objection.Status != ObjectionStatus.Open)
            return Problems.Problems.Result(
                ApplicationProblems.WrongStage,
                "The objection is already resolved.",
                extra: new { currentStage = StageNames.Wire(record.Stage), objectionStatus = objection.Status });
        var resolution = new DecisionRequest(ApplicationEvents.Objection, DecisionKinds.ObjectionResolution,
            new DecisionActor(request.Caller.Subject, Roles.Reviewer),
            new ObjectionPayload(objection.ObjectionId, body.Upheld!.Value, note!));
        return ApplicationActionsApi.Answer(
            await services.Decisions.TakeAsync(request.Durable, record, resolution, request.Aborted));
    }
}

/// <summary>An objection: why, and how to reach the objector.</summary>
[Description("公示异议。An objection to an application under publicity, with a contact.")]
public sealed record ObjectionBody(
    [TextField(2, 500)]
    string? Reason,
    [TextField(5, 100)]
    string? Contact);

/// <summary>A reviewer's finding on an objection.</summary>
[Description("异议处理结果。A reviewer's finding on an objection.")]
public sealed record ResolutionBody(
    bool? Upheld,
    [TextField(1, 500)]
    string? Note);
