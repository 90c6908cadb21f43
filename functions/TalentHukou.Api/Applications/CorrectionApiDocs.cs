using TalentHukou.Api.OpenApi;
using TalentHukou.Workflows.Applications.UseCases;

namespace TalentHukou.Api.Applications;

/// <summary>The OpenAPI words of <see cref="CorrectionApi"/>'s routes, by route name.</summary>
internal static class CorrectionApiDocs
{
    public static ApiDoc ReturnApplication { get; } = new(
        "Return the application for correction (退回补正): the unit admin at unit-review, the scoped reviewer at "
        + "hrss-review",
        typeof(ReturnBody), Success: 202)
    {
        Problems = [409],
    };

    public static ApiDoc CorrectApplication { get; } = new(
        "The applicant corrects a returned application (JSON, or multipart with new materials); it goes back to "
        + "review",
        typeof(CorrectionBody), Success: 202)
    {
        Problems = [409],
        Upload = MaterialUploads.Correction,
    };
}
