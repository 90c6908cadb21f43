using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Applications;

/// <summary>The OpenAPI words of <see cref="ApplicationsApi"/>'s routes, by route name.</summary>
internal static class ApplicationsApiDocs
{
    internal static readonly QueryParameter Stage = QueryParameter.OneOf("stage",
        WireEnum<ApplicationStage>.ByName.Keys, "办理阶段。Only applications at this stage.");

    internal static readonly QueryParameter Unit = QueryParameter.Text("unit", 64,
        "单位编号。An employerId whose unit-admin permission the registry granted the caller.");

    public static ApiDoc SubmitApplication { get; } = new(
        "Submit an application (validated, routed to the city or district HRSS); multipart: the fields as the "
        + "application part plus the materials",
        typeof(ApplicationBody), typeof(ApplicationAccepted), 202)
    {
        Problems = [409],
        Upload = MaterialUploads.Submission,
    };

    public static ApiDoc GetApplication { get; } = new(
        "An application's stage, timeline, publicity, objections, card and public-security check",
        Response: typeof(ApplicationView));

    public static ApiDoc ListApplications { get; } = new(
        "The work queue of the caller's HRSS scope or unit (by due time, with counts by stage), or the applicant's "
        + "own (newest first), paged; unit= names a unit whose admin permission the registry granted the caller",
        Response: typeof(ApplicationPage))
    {
        Query = [Stage, Unit, QueryFilters.Office, QueryFilters.OverdueOnly, Paging.PageSize,
            Paging.ContinuationToken],
    };
}
