using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Registry;

/// <summary>The OpenAPI words of <see cref="SchoolRequestsApi"/>'s routes, by route name.</summary>
internal static class SchoolRequestsApiDocs
{
    public static ApiDoc FileSchoolRequest { get; } = new(
        "Request a school to be added, with 1-5 attachments (pdf/jpg/png, ≤10 MB each)",
        Response: typeof(RegistryRequestAccepted),
        Success: 202)
    {
        Form = typeof(SchoolRequestForm),
        Multipart = ["name", "district", "reason", "contactEmail", "attachments[]"],
    };

    public static ApiDoc FileMajorRequest { get; } = new(
        "Request a major to be added to a school, with 1-5 attachments (pdf/jpg/png, ≤10 MB each)",
        Response: typeof(RegistryRequestAccepted),
        Success: 202)
    {
        Form = typeof(MajorRequestForm),
        Multipart = ["schoolId", "name", "reason", "contactEmail", "attachments[]"],
    };
}
