using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Privacy;

/// <summary>
/// Moves one application's personal data to the current key: the encrypted ID number and birth date, the ID-number
/// index, and the person's lock rows (copied to the new index before the old ones go, so the one-active-application
/// rule holds throughout). The record is replaced under its ETag and re-read on a concurrent change.
/// </summary>
public sealed class ApplicationReprotection(
    ApplicationStore store, ActiveApplicationLocks locks, PersonalDataProtector protector)
{
    private const int Attempts = 10;

    /// <summary>
    /// True when something changed; false when the application is gone or already under the current key.
    /// </summary>
    public async Task<bool> ReprotectAsync(string applicationId, CancellationToken ct)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await store.GetAsync(applicationId, ct) is not { } current) return false;
            var applicant = current.Record.Applicant;
            if (IsCurrent(applicant) || applicant.IdNumberProtected.Length == 0) return false;
            var newIndex = protector.IndexOf(protector.Decrypt(applicant.IdNumberProtected));
            var active = !ApplicationStages.IsClosed(current.Record.Stage);
            await locks.MoveAsync(applicant.IdNumberIndex, newIndex, applicationId, active, ct);
            var updated = current.Record with
            {
                Applicant = applicant with
                {
                    IdNumberIndex = newIndex,
                    IdNumberProtected = protector.Reprotect(applicant.IdNumberProtected),
                    BirthDateProtected = protector.Reprotect(applicant.BirthDateProtected),
                    PhoneProtected = applicant.PhoneProtected is { } phone ? protector.Reprotect(phone) : null,
                },
            };
            if (await store.TryReplaceAsync(updated, current.ETag, current.Record, ct)) return true;
        }
        throw new InvalidOperationException(
            $"Application {applicationId} kept changing; its key rotation was not applied.");
    }

    private bool IsCurrent(ApplicantInfo a) =>
        protector.IsCurrent(a.IdNumberIndex) && protector.IsCurrent(a.IdNumberProtected)
        && (a.BirthDateProtected.Length == 0 || protector.IsCurrent(a.BirthDateProtected))
        && (a.PhoneProtected is null || protector.IsCurrent(a.PhoneProtected));
}
