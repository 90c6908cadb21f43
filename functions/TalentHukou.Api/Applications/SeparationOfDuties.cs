using TalentHukou.Adapters.Applications;
using TalentHukou.Api.Auth;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Api.Applications;

/// <summary>
/// Nobody decides on an application in which they are the applicant. The check compares the caller's subject with the
/// owner's, the caller's verified identity (when the identity claim is configured) with the applicant's ID-number
/// index, and the ID-number index of every application the caller filed (one index partition, read only when
/// deciding) with this one's.
/// </summary>
public static class SeparationOfDuties
{
    private const int OwnApplicationsRead = 100;

    public static async Task<bool> IsOwnMatterAsync(
        Caller caller,
        ApplicationRecord record,
        ApplicationStore applications,
        IdentityProof identity,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(record);
        var applicant = record.Applicant;
        if (ApplicationAccess.IsOwner(caller, record)
            || identity.IsPerson(caller, applicant.IdNumberIndex, applicant.IdNumberProtected)) return true;
        var (own, _) = await applications.ListAsync(
            ApplicationStore.OwnerKey(caller.Subject), null, OwnApplicationsRead, null, ct);
        var protector = identity.Protector;
        return own.Any(a =>
            protector.SameIdNumber(applicant.IdNumberIndex, a.Applicant.IdNumberIndex, a.Applicant.IdNumberProtected));
    }
}
