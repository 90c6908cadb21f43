using TalentHukou.Workflows.Applications.UseCases;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Input;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Privacy;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Time;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Time;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Applications;

/// <summary>Objections (异议) during publicity, from anyone signed in, and their resolution by the scoped reviewer.</summary>
public static class ObjectionsApi
{
    public static async Task<IResult> File(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications, anyoneSignedIn: true);
        if (problem is not null) return problem;
        var body = await request.ReadJsonAsync<ObjectionBody>();
        var v = new BodyValidator();
        var reason = v.Text("reason", body.Reason, 5, 500);
        var contact = v.Text("contact", body.Contact, 5, 100);
        if (!v.IsValid) return v.Problem();
        return await services.Objections.FileAsync(request.Durable, record!, reason!, contact!, request.Caller.Subject, request.Aborted) switch
        {
            ObjectionOutcome.Filed { ObjectionId: var id } =>
                TypedResults.Created($"/api/applications/{record!.ApplicationId}", new { objectionId = id }),
            ObjectionOutcome.TooMany { Max: var max } =>
                Problems.Problems.Result(ApplicationProblems.TooManyObjections, $"At most {max} objections per application."),
            ObjectionOutcome.Refused { Why: var why } => ApplicationActionsApi.Answer(why),
            _ => throw new InvalidOperationException("Unknown objection outcome."),
        };
    }

    public static async Task<IResult> Resolve(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications);
        if (problem is not null) return problem;
        if (!ApplicationAccess.IsScopedReviewer(request.Caller, record!))
            return Problems.Problems.Result(ApplicationProblems.NotFound, "This application is reviewed by another HRSS.");
        var body = await request.ReadJsonAsync<ResolutionBody>();
        var v = new BodyValidator();
        v.Require(body.Upheld is not null, "upheld", "请选择异议是否成立", "upheld (true or false) is required.");
        var note = v.Text("note", body.Note, 1, 500);
        if (!v.IsValid) return v.Problem();
        var objection = record!.Objections.FirstOrDefault(o => o.ObjectionId == request.RouteValue("objectionId"));
        if (objection is null) return Problems.Problems.Result(ApplicationProblems.ObjectionNotFound, "No such objection on this application.");
        if (objection.Status != ObjectionStatus.Open)
            return Problems.Problems.Result(ApplicationProblems.WrongStage, "The objection is already resolved.", extra: new { currentStage = StageNames.Wire(record.Stage), objectionStatus = objection.Status });
        return ApplicationActionsApi.Answer(await services.Decisions.TakeAsync(request.Durable, record, ApplicationEvents.Objection,
            new ObjectionSignal(objection.ObjectionId, new ObjectionResolution(body.Upheld!.Value, note!, request.Caller.Subject)),
            request.Aborted));
    }
}

/// <summary>An objection: why, and how to reach the objector.</summary>
public sealed record ObjectionBody(string? Reason, string? Contact);

/// <summary>A reviewer's finding on an objection.</summary>
public sealed record ResolutionBody(bool? Upheld, string? Note);
