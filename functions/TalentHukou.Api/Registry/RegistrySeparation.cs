using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Registry;
using TalentHukou.Api.Auth;
using TalentHukou.Domain.Registry;
using TalentHukou.Workflows.Registry;

namespace TalentHukou.Api.Registry;

/// <summary>
/// Nobody decides on a registry request they filed, nor on a unit-admin request that would grant them the permission:
/// by subject, and for unit-admin requests also by the decider's verified identity (when the identity claim is
/// configured) and the ID-number index of any application the decider filed.
/// </summary>
public static class RegistrySeparation
{
    public static async Task<bool> IsOwnRequestAsync(
        Caller caller,
        RegistryRequest request,
        ApplicationStore applications,
        IdentityProof identity,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequesterSub == caller.Subject) return true;
        if (request.Type != RegistryRequestType.UnitAdmin) return false;
        var proposal = RegistryPayload.Read<UnitAdminProposal>(request);
        if (proposal.ApplicantSub == caller.Subject || identity.IsPerson(caller, proposal.IdNumberIndex)) return true;
        var (own, _) = await applications.ListAsync(ApplicationStore.OwnerKey(caller.Subject), null, 100, null, ct);
        return own.Any(a => identity.Protector.SameIdNumber(
            proposal.IdNumberIndex, a.Applicant.IdNumberIndex, a.Applicant.IdNumberProtected));
    }
}
