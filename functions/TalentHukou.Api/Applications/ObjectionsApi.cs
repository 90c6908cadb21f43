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

namespace TalentHukou.Api.Applications;

/// <summary>Objections (异议) during publicity, from anyone signed in, and their resolution by the scoped reviewer.</summary>
public static class ObjectionsApi
{
    public static async Task<IResult> File(ApiRequest request)
    {
        var (record, problem) = await ApplicationsApi.Find(request, anyoneSignedIn: true);
        if (problem is not null) return problem;
        var body = await request.ReadJsonAsync<ObjectionBody>();
        var v = new BodyValidator();
        var reason = v.Text("reason", body.Reason, 5, 500);
        var contact = v.Text("contact", body.Contact, 5, 100);
        if (!v.IsValid) return v.Problem();
        if (!ApplicationStages.AcceptsObjections(record!.Stage))
            return ApplicationActionsApi.WrongStage(record, "Objections are accepted only while the publicity runs.");
        if (record.Objections.Count >= PublicityStep.MaxObjections)
            return Problems.Problems.Result(ApplicationProblems.TooManyObjections, $"At most {PublicityStep.MaxObjections} objections per application.");

        var objection = new Objection(TableKeys.SortableId("OB", request.Service<TimeProvider>().GetUtcNow()), reason!, PersonalDataScrubber.Scrub(contact!), request.Caller.Subject, request.Service<BusinessClock>().UtcNow);
        var stored = await request.Service<ApplicationUpdater>().UpdateAsync(record.ApplicationId,
            a => ApplicationStages.AcceptsObjections(a.Stage) ? a with { Objections = [.. a.Objections, objection] } : a, request.Aborted);
        if (stored?.Objections.Any(o => o.ObjectionId == objection.ObjectionId) != true)
            return ApplicationActionsApi.WrongStage(stored ?? record, "The publicity ended before the objection arrived.");
        var raised = await ApplicationActionsApi.Raise(request, record, ApplicationEvents.Objection, new ObjectionSignal(objection.ObjectionId, null));
        if (raised is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status202Accepted })
        {
            await request.Service<ApplicationUpdater>().UpdateAsync(record.ApplicationId,
                a => a with { Objections = a.Objections.Where(o => o.ObjectionId != objection.ObjectionId).ToList() }, CancellationToken.None);
            return raised;
        }
        return TypedResults.Created($"/api/applications/{record.ApplicationId}", new { objectionId = objection.ObjectionId });
    }

    public static async Task<IResult> Resolve(ApiRequest request)
    {
        var (record, problem) = await ApplicationsApi.Find(request);
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
        return await ApplicationActionsApi.Raise(request, record, ApplicationEvents.Objection,
            new ObjectionSignal(objection.ObjectionId, new ObjectionResolution(body.Upheld!.Value, note!, request.Caller.Subject)));
    }
}

/// <summary>An objection: why, and how to reach the objector.</summary>
public sealed record ObjectionBody(string? Reason, string? Contact);

/// <summary>A reviewer's finding on an objection.</summary>
public sealed record ResolutionBody(bool? Upheld, string? Note);
