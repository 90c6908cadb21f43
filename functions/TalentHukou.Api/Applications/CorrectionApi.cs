using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Applications.UseCases;

namespace TalentHukou.Api.Applications;

/// <summary>
/// Return for correction (退回补正): the reviewer of the stage returns the application with what to fix; the applicant
/// corrects it (JSON, or multipart with new materials) and it goes back to that review.
/// </summary>
public static class CorrectionApi
{

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("ReturnApplication", "POST", "applications/{applicationId}/return",
            Access.RolesOf(Roles.UnitAdmin, Roles.Reviewer, Roles.Applicant), Handle.With<ApplicationServices>(Return))
        {
            Doc = CorrectionApiDocs.ReturnApplication,
        },
        new("CorrectApplication", "POST", "applications/{applicationId}/correction", Access.RolesOf(Roles.Applicant),
            Handle.With<ApplicationServices>(Correct))
        {
            Idempotent = true,
            MaxBodyBytes = MaterialUploads.Correction.MaxBodyBytes,
            Doc = CorrectionApiDocs.CorrectApplication,
        },
    ];

    /// <summary>
    /// Who may return depends on the stage: the unit admin at unit review, the scoped HRSS reviewer at HRSS review.
    /// </summary>
    public static async Task<IResult> Return(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications, grants: services.UnitAdmins);
        if (problem is not null) return problem;
        var allowed = record!.Stage switch
        {
            ApplicationStage.UnitReview => ApplicationAccess.IsUnitAdmin(request.Caller, record)
                || await services.UnitAdmins.IsGrantedAsync(
                    record.Employer.EmployerId, request.Caller.Subject, request.Aborted),
            ApplicationStage.HrssReview => ApplicationAccess.IsScopedReviewer(request.Caller, record),
            _ => !ApplicationAccess.IsOwner(request.Caller, record), // staff who see it are told the stage (409)
        };
        if (!allowed)
            return Problems.Problems.Result(
                ApplicationProblems.NotFound, "Only the reviewer of the application's current stage returns it.");
        var body = await request.ReadJsonAsync<ReturnBody>();
        var v = new BodyValidator();
        var items = ReadItems(body, v);
        if (!v.IsValid) return v.Problem();
        if (await ApplicationActionsApi.OwnMatter(request, services, record) is { } own) return own;
        return Answer(await services.Returns.ReturnAsync(
            request.Durable, record, request.Caller.Subject, items, request.Aborted));
    }

    public static async Task<IResult> Correct(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications);
        if (problem is not null) return problem;
        if (!ApplicationAccess.IsOwner(request.Caller, record!))
            return Problems.Problems.Result(
                ApplicationProblems.NotFound, "Only the applicant corrects the application.");
        if (!MaterialUploads.IsMultipart(request))
        {
            var json = await JsonBody.ReadAsync<CorrectionBody>(
                request.Http.Request, ApplicationSubmission.MaxJsonBytes, request.Aborted);
            return await CorrectAsync(request, services, record!, json, []);
        }
        await using var upload = await MaterialUploads.ReadAsync(request, services.Blobs, MaterialUploads.Correction);
        var body = upload.Field("correction") is null
            ? new CorrectionBody(null, null)
            : MaterialUploads.ReadJsonPart<CorrectionBody>(upload, "correction");
        var answer = await CorrectAsync(
            request, services, record!, body, MaterialUploads.Materials(upload, services.Clock.UtcNow));
        if (answer is Microsoft.AspNetCore.Http.HttpResults.Accepted<CorrectionAccepted>) upload.Keep();
        return answer;
    }

    private static async Task<IResult> CorrectAsync(
        ApiRequest request,
        ApplicationServices services,
        ApplicationRecord record,
        CorrectionBody body,
        IReadOnlyList<MaterialInfo> materials)
    {
        var v = new BodyValidator();
        var correction = CorrectionReading.Read(body, request.Caller.Subject, materials, services.Clock.Today, v);
        if (!v.IsValid) return v.Problem();
        return Answer(await services.Corrections.CorrectAsync(request.Durable, record, correction!, request.Aborted));
    }

    private static List<ReturnItem> ReadItems(ReturnBody body, BodyValidator v)
    {
        var items = new List<ReturnItem>();
        if (!v.Items<ReturnBody>("items", body.Items?.ToList())) return items;
        for (var i = 0; i < body.Items!.Count; i++)
        {
            var item = body.Items[i];
            var field = item?.Field?.Trim() is { Length: > 0 } f ? f : null;
            var material = item?.Material?.Trim() is { Length: > 0 } m ? m : null;
            v.Require(field is not null || material is not null, $"items[{i}]", "请指明需补正的项目或材料",
                "Each item names a field and/or a material.");
            v.Require(field is null || CorrectableFields.IsKnown(field), $"items[{i}].field", "该项不能退回补正",
                $"field must be one of: {string.Join(", ", CorrectableFields.All)}.");
            v.Require(material is null || MaterialKinds.IsKnown(material), $"items[{i}].material", "材料类型无效",
                $"material must be one of: {string.Join(", ", MaterialKinds.All)}.");
            var note = v.Text<ReturnItemBody>($"items[{i}].note", item?.Note);
            if (note is not null) items.Add(new ReturnItem(field, material, note));
        }
        return items;
    }

    private static IResult Answer(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.LimitReached { Application: var a, Detail: var detail } =>
            Problems.Problems.Result(
                ApplicationProblems.TooManyReturns, detail, extra: new { returnCount = a.ReturnCount }),
        DecisionOutcome.Invalid { Errors: var errors } => Problems.Problems.Validation(errors),
        DecisionOutcome.Taken { Application: var a, Event: var e }
            when e == Workflows.Applications.ApplicationEvents.Correction =>
            TypedResults.Accepted(
                $"/api/applications/{a.ApplicationId}",
                new CorrectionAccepted(a.ApplicationId, StageNames.Wire(a.Stage), e)),
        _ => ApplicationActionsApi.Answer(outcome),
    };
}

/// <summary>What to correct: each item names a field and/or a material kind, with a note.</summary>
[Description("退回补正。A return for correction: what to fix.")]
public sealed record ReturnBody([Items(1, 20)] IReadOnlyList<ReturnItemBody?>? Items);

/// <summary>One thing to correct.</summary>
[Description("需补正的一项。One field and/or material to correct, with the reviewer's note.")]
public sealed record ReturnItemBody(
    [OptionalField]
    [WireValues(typeof(CorrectableFields), Member = nameof(CorrectableFields.All), Schema = "CorrectableField")]
    string? Field,
    [OptionalField, WireValues(typeof(MaterialKinds), Schema = "MaterialKind")] string? Material,
    [TextField(2, 500)]
    string? Note);

/// <summary>The 202 answer to a correction.</summary>
public sealed record CorrectionAccepted(string ApplicationId, string Stage, string Accepted);
