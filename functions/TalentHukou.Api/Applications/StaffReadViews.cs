using TalentHukou.Adapters.Audit;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Api.Applications;

/// <summary>
/// What staff outside the case see of a person (issue #27 item 5): ops sees ids, not people (names, e-mails,
/// certificate and card numbers masked as <see cref="OpsFieldMasking"/> masks them, free text scrubbed); the DRC card
/// office sees the full record it issues and checks cards from (seed Q7), and every such read is audited.
/// </summary>
public static class StaffReadViews
{
    /// <summary>The audit action of a DRC read; the entry names reader and application, not the person.</summary>
    public const string DrcReadAction = "drc.read";

    /// <summary>Ops with no other part in the case: the caller gets <see cref="MaskedForOps"/>.</summary>
    public static bool IsOpsOnly(Caller caller, ApplicationRecord a) =>
        caller.IsIn(Roles.Ops) && !caller.IsIn(Roles.Drc) && !ApplicationAccess.IsOwner(caller, a)
        && !ApplicationAccess.IsScopedReviewer(caller, a) && !ApplicationAccess.IsUnitAdmin(caller, a);

    /// <summary>A DRC read of someone else's record: the ones to audit.</summary>
    public static bool IsDrcRead(Caller caller, ApplicationRecord a) =>
        caller.IsIn(Roles.Drc) && !ApplicationAccess.IsOwner(caller, a);

    /// <summary>Audits a DRC read of <paramref name="a"/>; <paramref name="what"/> names the part read.</summary>
    public static Task AuditDrcReadAsync(ApiRequest request, AuditTrail audit, ApplicationRecord a, string what) =>
        audit.AppendAsync(
            new AuditRecord(request.Caller.Subject, Roles.Drc, DrcReadAction, a.ApplicationId, "read", what),
            request.Aborted);

    /// <summary>The view with the person's name, e-mail, certificate and card numbers and free texts masked.</summary>
    public static ApplicationView MaskedForOps(this ApplicationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view with
        {
            Applicant = view.Applicant with
            {
                Name = Show("applicant.name", view.Applicant.Name),
                Email = Show("applicant.email", view.Applicant.Email),
            },
            Education = view.Education with
            {
                CertificateNo = Show("education.certificateNo", view.Education.CertificateNo),
            },
            Card = view.Card is { } card ? card with { Number = Show("card.number", card.Number) } : null,
            Timeline = [.. view.Timeline.Select(t => t with { Note = Scrub(t.Note) })],
            Objections = [.. view.Objections.Select(o => o with { Reason = Scrub(o.Reason), Note = Scrub(o.Note) })],
            Reason = Scrub(view.Reason),
        };
    }

    private static string Show(string field, string value) => OpsFieldMasking.Show(field, value) ?? string.Empty;

    private static string? Scrub(string? text) => text is null ? null : PersonalDataScrubber.Scrub(text);
}
