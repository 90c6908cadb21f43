using TalentHukou.Domain.Registry;

namespace TalentHukou.Workflows.Registry;

/// <summary>What approving each type of registry request does. Every effect is idempotent (ids derive from the request).</summary>
public sealed class RegistryApprovals(EmployerDirectory employers, UnitAdminGrants grants)
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
            default:
                throw new NotSupportedException($"Approving {request.Type} requests is handled by its own registry.");
        }
    }

    /// <summary>The id an approved add-request gives its employer: derived from the request so a retry cannot create two.</summary>
    public static string NewEmployerId(string requestId) => "E" + requestId[2..];
}
