using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Adapters.Time;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Identity;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>
/// Submits an application (seed Q1, Q3): checks the registries, routes it, takes the person's one-active-application
/// lock, then stores it and starts its process through <see cref="StoredProcessLauncher"/>. A retry finds an
/// application whose process never started (its host died in between) and starts it; while a first try may still be
/// starting it, the retry is told to come back shortly rather than given the application's id.
/// </summary>
public sealed partial class SubmitApplication(
    EmployerDirectory employers, IEducationLookup education, PersonalDataProtector protector, BusinessClock clock,
    TimeProvider time, ApplicationStore store, ActiveApplicationLocks locks, ApplicationProcess process,
    StoredProcessLauncher launcher, UnstartedProcessSweepInput sweep, PeriodicWork periodic,
    Notifications.Verification.PhoneVerifications phones)
{
    public async Task<SubmissionOutcome> SubmitAsync(
        DurableTaskClient durable, ApplicationForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var record = await BuildAsync(form, ct);
        if (record.Errors is { Count: > 0 } errors) return new SubmissionOutcome.Refused(errors);
        var application = record.Application!;
        // Before the lock: a retry that finds the application unstarted relies on the sweep as well.
        await periodic.EnsureRunningAsync(durable, ct);
        // Longer ago than any request takes: what was last written before this was left by a host that died.
        var quietSince = time.GetUtcNow() - sweep.QuietPeriod;
        var index = application.Applicant.IdNumberIndex;
        var olderIndexes = protector.IndexesOf(form.IdNumber.Value).Skip(1).ToList();
        // Before the current key's lock: a key rotation copies a lock to the new index before it deletes the old one.
        if (await HeldUnderOlderKeyAsync(olderIndexes, ct) is { } olderHolder)
            return await RetryOrDuplicateAsync(durable, form.OwnerSub, olderHolder, quietSince, ct);
        // The person's latest application is read while the lock is taken: only a holder of the lock rewrites it, once
        // its process runs and long before that process can close the case and let the lock go, so this read sees what
        // a read after the lock would. The mark is written meanwhile too (ADR 0032): a mark whose application is never
        // stored is the sweep's to forget, with the lock if this try took it (a host that dies here); a try that does
        // not get the lock clears it at once.
        var id = application.ApplicationId;
        var latest = locks.LatestAsync(index, ct);
        var marking = launcher.MarkAsync(durable, ApplicationProcess.KindName, id, index, ct);
        var taking = locks.TryTakeAsync(index, id, quietSince, holder => store.ExistsAsync(holder, ct), ct);
        await Task.WhenAll(latest, marking, taking);
        if (await taking is { } held)
        {
            var clearing = launcher.ClearStartedAsync(ApplicationProcess.KindName, id, ct);
            var outcome = await RetryOrDuplicateAsync(durable, form.OwnerSub, held, quietSince, ct);
            await clearing;
            return outcome;
        }
        application = application with { PreviousApplicationId = await PreviousAsync(await latest, olderIndexes, ct) };
        await launcher.LaunchMarkedAsync(new StoredLaunch(
            ApplicationProcess.KindName, id, index,
            c => store.AddAsync(application, c),
            c => process.StartNewAsync(durable, application, c),
            async c =>
            {
                await store.DeleteAsync(application, c);
                await locks.ReleaseAsync(index, id, c);
            })
        {
            // Once the process runs: a failed or interrupted store or start leaves "latest" naming the application
            // before. A host that dies before this leaves it to the sweep or the retry that starts the process.
            Started = c => locks.RememberLatestAsync(index, id, c),
        }, ct);
        return Accepted(application);
    }

    /// <summary>
    /// The person's application before this one (they hold the lock now, so it is closed), if it was stored.
    /// </summary>
    private async Task<string?> PreviousAsync(string? latest, IEnumerable<string> olderIndexes, CancellationToken ct)
    {
        if (latest is not null && await store.ExistsAsync(latest, ct)) return latest;
        foreach (var index in olderIndexes)
            if (await locks.LatestAsync(index, ct) is { } older && await store.ExistsAsync(older, ct)) return older;
        return null;
    }

    /// <summary>
    /// An application that holds the person's lock under an older personal-data key and still exists.
    /// </summary>
    private async Task<string?> HeldUnderOlderKeyAsync(IEnumerable<string> olderIndexes, CancellationToken ct)
    {
        foreach (var index in olderIndexes)
            if (await locks.HolderAsync(index, ct) is { Length: > 0 } holder && await store.ExistsAsync(holder, ct))
                return holder;
        return null;
    }

    private async Task<(ApplicationRecord? Application, IReadOnlyList<FieldError>? Errors)> BuildAsync(
        ApplicationForm form, CancellationToken ct)
    {
        // Independent point reads: one round trip's wait for all of them.
        var employerLookup = employers.GetAsync(form.EmployerId, ct);
        var educationLookup = education.FindAsync(form.SchoolId, form.MajorId, ct);
        var phoneCheck = VerifiedPhoneAsync(form, ct);
        await Task.WhenAll(employerLookup, educationLookup, phoneCheck);
        var (employer, names) = (await employerLookup, await educationLookup);
        var (verifiedPhone, phoneError) = await phoneCheck;
        var errors = new List<FieldError>();
        if (employer is null)
            errors.Add(new("employerId", "引进单位不存在，请先通过“添加企业”提交单位信息", "No approved employer has this id."));
        if (names is null)
            errors.Add(new("education.majorId", "未找到相关院校或专业，请先通过“添加院校/添加专业”提交",
                "No registered school has a major with these ids."));
        if (phoneError is not null) errors.Add(phoneError);
        if (errors.Count > 0) return (null, errors);

        var kind = employer!.Details.Kind;
        var route = ApplicationRoute.For(kind, employer.Details.District);
        var needsUnitReview = ApplicationRoute.NeedsUnitReview(kind);
        var id = form.IdNumber;
        return (new ApplicationRecord
        {
            ApplicationId = TableKeys.SortableId("A", time.GetUtcNow()),
            OwnerSub = form.OwnerSub,
            Mode = form.Mode,
            Stage = needsUnitReview ? ApplicationStage.UnitReview
                : form.Mode == ApprovalMode.Manual ? ApplicationStage.HrssReview : ApplicationStage.Publicity,
            Applicant = new ApplicantInfo(form.Name.Value, id.Masked, protector.IndexOf(id.Value),
                protector.Encrypt(id.Value), protector.Encrypt(BirthDates.Write(id.BirthDate)), form.Phone.Masked,
                form.Email?.Value ?? "")
            {
                Gender = id.Gender,
                PhoneProtected = verifiedPhone ? protector.Encrypt(form.Phone.Value) : null,
                ContactPreference = form.ContactPreference,
            },
            Employer = new EmployerRef(employer.EmployerId, employer.Details.Name, kind, employer.Details.District),
            Route = route,
            NeedsUnitReview = needsUnitReview,
            Education = new EducationInfo(form.SchoolId, names!.SchoolName, form.MajorId, names.MajorName, form.Degree,
                form.GraduationDate, form.CertificateNo),
            SubmittedAt = clock.UtcNow,
            Timeline = [new TimelineEntry(clock.UtcNow, "submitted", null, route.OfficeName)],
            Materials = form.Materials,
        }, null);
    }

    /// <summary>
    /// Whether the form names the caller's confirmed verification of its number (SMS goes to nothing else). Naming
    /// one that is not confirmed for this number is an error; so is asking for SMS only with no address to fall back on
    /// and no verified number to write to.
    /// </summary>
    private async Task<(bool Verified, FieldError? Error)> VerifiedPhoneAsync(
        ApplicationForm form, CancellationToken ct)
    {
        if (form.PhoneVerificationId is not { } verification)
        {
            return (false, form.Email is not null ? null
                : new("phoneVerificationId", "仅短信通知时须先验证手机号码", "With no e-mail, the phone must be verified."));
        }
        if (await phones.IsConfirmedAsync(form.OwnerSub, verification, form.Phone, ct)) return (true, null);
        return (false, new("phoneVerificationId", "手机号码未通过验证或验证已过期",
            "No confirmed, current verification of this phone is yours under this id."));
    }

    /// <summary>
    /// The lock is held. No application behind it: a first try is storing it, or died before it did (a retry after the
    /// quiet period, or the sweep, frees it), so "come back shortly", never "already applied". The caller's own
    /// application whose process never started and whose first try went quiet is started now.
    /// </summary>
    private async Task<SubmissionOutcome> RetryOrDuplicateAsync(
        DurableTaskClient durable, string ownerSub, string holder, DateTimeOffset quietSince, CancellationToken ct)
    {
        var stored = holder.Length == 0 ? null : await store.GetAsync(holder, ct);
        if (stored is null) return new SubmissionOutcome.StillStarting();
        if (stored.Value.Record.OwnerSub != ownerSub) return new SubmissionOutcome.Duplicate(null);
        if (await durable.GetInstanceAsync(ApplicationOrchestrator.InstanceIdFor(holder), ct) is not null)
            return new SubmissionOutcome.Duplicate(holder);
        if (stored.Value.LastWritten >= quietSince) return new SubmissionOutcome.StillStarting();
        await process.StartUnstartedAsync(durable, stored.Value.Record, ct);
        await launcher.ClearStartedAsync(ApplicationProcess.KindName, holder, ct);
        return Accepted(stored.Value.Record);
    }

    private static SubmissionOutcome.Accepted Accepted(ApplicationRecord application)
    {
        TalentHukouTelemetry.ApplicationsSubmitted.Add(1,
            new KeyValuePair<string, object?>("approval_mode", application.Mode.ToString().ToLowerInvariant()));
        return new SubmissionOutcome.Accepted(application);
    }
}
