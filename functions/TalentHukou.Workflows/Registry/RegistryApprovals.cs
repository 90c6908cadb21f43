using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Registry;

namespace TalentHukou.Workflows.Registry;

/// <summary>
/// What approving each type of registry request does. Every effect is idempotent (ids derive from the request).
/// </summary>
public sealed class RegistryApprovals(
    EmployerDirectory employers, UnitAdminGrants grants, SchoolDirectory schools, MajorDirectory majors)
{
    /// <summary>Applies the approval and returns the id of the entry it created or changed.</summary>
    public async Task<string> ApplyAsync(RegistryRequest request, DateTimeOffset decidedAt, CancellationToken ct)
    {
        switch (request.Type)
        {
            case RegistryRequestType.EmployerAdd:
            case RegistryRequestType.EmployerModify:
                var proposal = RegistryPayload.Read<EmployerProposal>(request);
                var employerId = proposal.EmployerId ?? NewEmployerId(request.RequestId);
                await employers.SaveAsync(new EmployerRecord(employerId, proposal.Details, decidedAt), ct);
                return employerId;
            case RegistryRequestType.UnitAdmin:
                var admin = RegistryPayload.Read<UnitAdminProposal>(request);
                await grants.GrantAsync(admin.EmployerId, admin.ApplicantSub, request.RequestId, decidedAt, ct);
                return admin.EmployerId;
            case RegistryRequestType.School:
                return await AddSchoolAsync(request, RegistryPayload.Read<SchoolProposal>(request), decidedAt, ct);
            case RegistryRequestType.Major:
                return await AddMajorAsync(request, RegistryPayload.Read<MajorProposal>(request), decidedAt, ct);
            default:
                throw new NotSupportedException($"Approving {request.Type} requests is not supported.");
        }
    }

    /// <summary>
    /// The id an approved add-request gives its employer: derived from the request so a retry cannot create two.
    /// </summary>
    public static string NewEmployerId(string requestId) => "E" + requestId[2..];

    /// <summary>The id an approved school request gives its school.</summary>
    public static string NewSchoolId(string requestId) => "S" + requestId[2..];

    /// <summary>The id an approved major request gives its major.</summary>
    public static string NewMajorId(string requestId) => "M" + requestId[2..];

    /// <summary>
    /// Two requests for the same name approved one after the other give one school: the second finds the first.
    /// </summary>
    private async Task<string> AddSchoolAsync(
        RegistryRequest request, SchoolProposal school, DateTimeOffset decidedAt, CancellationToken ct)
    {
        var existing = await schools.FindByNameAsync(school.Name, ct);
        if (existing.Count > 0) return existing[0].SchoolId;
        var schoolId = NewSchoolId(request.RequestId);
        await schools.SaveAsync(new SchoolRecord(schoolId, school.Name, school.District, decidedAt), ct);
        return schoolId;
    }

    private async Task<string> AddMajorAsync(
        RegistryRequest request, MajorProposal major, DateTimeOffset decidedAt, CancellationToken ct)
    {
        if (await majors.FindByNameAsync(major.SchoolId, major.Name, ct) is { } existing) return existing.MajorId;
        var majorId = NewMajorId(request.RequestId);
        await majors.SaveAsync(new MajorRecord(majorId, major.SchoolId, major.Name, decidedAt), ct);
        return majorId;
    }
}
