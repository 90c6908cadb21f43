using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Api.Uploads;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Registry;
using TalentHukou.Workflows.Registry.UseCases;

namespace TalentHukou.Api.Registry;

/// <summary>
/// Seed Q4: 添加院校 / 添加专业 with supporting documents. The files stream to private Blob storage; the request then
/// goes through the same review queue, decision and progress routes as employer requests.
/// </summary>
public static class SchoolRequestsApi
{
    public const string SchoolRequestRoute = "/api/registry/school-requests";
    public const string MajorRequestRoute = "/api/registry/major-requests";

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("FileSchoolRequest", "POST", "registry/school-requests", Access.RolesOf(Roles.Applicant),
            Handle.With<SchoolRegistryServices>(FileSchoolRequest))
        {
            Idempotent = true,
            MaxBodyBytes = SchoolRequestForm.Upload.MaxBodyBytes,
            Doc = SchoolRequestsApiDocs.FileSchoolRequest,
        },
        new("FileMajorRequest", "POST", "registry/major-requests", Access.RolesOf(Roles.Applicant),
            Handle.With<SchoolRegistryServices>(FileMajorRequest))
        {
            Idempotent = true,
            MaxBodyBytes = MajorRequestForm.Upload.MaxBodyBytes,
            Doc = SchoolRequestsApiDocs.FileMajorRequest,
        },
    ];

    public static async Task<IResult> FileSchoolRequest(ApiRequest request, SchoolRegistryServices services)
    {
        await using var form = await MultipartForm.ReadAsync(
            request, services.Blobs, SchoolRequestForm.Upload, Metadata(request, "school-request"));
        var v = new BodyValidator();
        var name = v.RegistryName<SchoolRequestForm>("name", form.Field("name"));
        var district = form.Field("district")?.Trim() is { Length: > 0 } d ? d : null;
        v.Require(
            district is null || Districts.IsValid(district),
            "district",
            "请选择广州市的区（可不填）",
            $"district, if given, must be one of: {string.Join(", ", Districts.Names.Keys)}.");
        var reason = v.Text<SchoolRequestForm>("reason", form.Field("reason"));
        form.CheckFileCount(v);
        var requester = RegistryRequesters.Of(request.Caller, form.Field("contactEmail"), v);
        if (!v.IsValid) return v.Problem();

        if ((await services.Schools.FindByNameAsync(name!, request.Aborted)).FirstOrDefault() is { } existing)
            return Problems.Problems.Result(
                RegistryProblems.SchoolAlreadyRegistered,
                "A school with this full name is already registered.",
                extra: new { schoolId = existing.SchoolId, name = existing.Name });
        var payload = RegistryPayload.Write(new SchoolProposal(name!, district, reason!));
        return await FileAsync(request, services.Filer, form, requester, RegistryRequestType.School, name!, payload,
            RegistryNameScope.School(name!), RegistryProblems.SchoolAlreadyRegistered, "school",
            (id, n) => new { schoolId = id, name = n });
    }

    public static async Task<IResult> FileMajorRequest(ApiRequest request, SchoolRegistryServices services)
    {
        await using var form = await MultipartForm.ReadAsync(
            request, services.Blobs, MajorRequestForm.Upload, Metadata(request, "major-request"));
        var v = new BodyValidator();
        var schoolId = v.Text<MajorRequestForm>("schoolId", form.Field("schoolId"));
        var name = v.RegistryName<MajorRequestForm>("name", form.Field("name"));
        var reason = v.Text<MajorRequestForm>("reason", form.Field("reason"));
        form.CheckFileCount(v);
        var requester = RegistryRequesters.Of(request.Caller, form.Field("contactEmail"), v);
        if (!v.IsValid) return v.Problem();

        var school = await services.Schools.GetAsync(schoolId!, request.Aborted);
        if (school is null)
            return Problems.Problems.Result(
                RegistryProblems.SchoolNotFound,
                "No school has this schoolId.",
                new Dictionary<string, string[]> { ["schoolId"] = ["院校不存在"] });
        if (await services.Majors.FindByNameAsync(school.SchoolId, name!, request.Aborted) is { } existing)
            return Problems.Problems.Result(
                RegistryProblems.MajorAlreadyRegistered,
                "This school already has a major with this full name.",
                extra: new { majorId = existing.MajorId, schoolId = existing.SchoolId, name = existing.Name });
        var payload = RegistryPayload.Write(new MajorProposal(school.SchoolId, name!, reason!));
        return await FileAsync(
            request, services.Filer, form, requester, RegistryRequestType.Major, $"{school.Name} {name}", payload,
            RegistryNameScope.Major(school.SchoolId, name!), RegistryProblems.MajorAlreadyRegistered, "major",
            (id, n) => new { majorId = id, schoolId = school.SchoolId, name = n });
    }

    /// <summary>
    /// Files the request with its attachments, if the name is free; only once it is saved do the files stop being
    /// deleted on the way out.
    /// </summary>
    private static async Task<IResult> FileAsync(
        ApiRequest request, RegistryRequestFiler filer, UploadedForm form, RegistryRequester requester,
        RegistryRequestType type, string subject, string payload,
        RegistryNameScope name, ProblemType registered, string what, Func<string, string, object> entry)
    {
        var attachments = form.Files.Select(f => f.Id).ToList();
        var filing = await filer.FileNamedAsync(
            request.Durable, type, requester, subject, payload, attachments, name, request.Aborted);
        if (filing.Filed is not null) form.Keep();
        return RegistryNameConflicts.Result(filing, filer.Calendar, registered, what, entry);
    }

    /// <summary>Blob metadata: who uploaded (hashed) and why, for operators; never the client's file name.</summary>
    internal static Dictionary<string, string> Metadata(ApiRequest request, string purpose) =>
        new() { ["uploader"] = TableKeys.Hash(request.Caller.Subject), ["purpose"] = purpose };
}
