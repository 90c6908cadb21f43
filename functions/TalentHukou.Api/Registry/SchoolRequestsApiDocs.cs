using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Uploads;

namespace TalentHukou.Api.Registry;

/// <summary>The OpenAPI words of <see cref="SchoolRequestsApi"/>'s routes, by route name.</summary>
internal static class SchoolRequestsApiDocs
{
    public static ApiDoc FileSchoolRequest { get; } = new(
        "Request a school to be added, with " + Attachments(SchoolRequestForm.Upload),
        Response: typeof(RegistryRequestAccepted),
        Success: 202)
    {
        Form = typeof(SchoolRequestForm),
        Upload = SchoolRequestForm.Upload,
    };

    public static ApiDoc FileMajorRequest { get; } = new(
        "Request a major to be added to a school, with " + Attachments(MajorRequestForm.Upload),
        Response: typeof(RegistryRequestAccepted),
        Success: 202)
    {
        Form = typeof(MajorRequestForm),
        Upload = MajorRequestForm.Upload,
    };

    private static string Attachments(UploadPolicy upload) =>
        $"{upload.MinFiles}-{upload.MaxFiles} attachments ({upload.KindsText}, ≤{upload.MaxFileText} each)";
}
