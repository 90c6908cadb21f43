using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Registry;

namespace TalentHukou.Api.Registry;

/// <summary>
/// What a registry request proposes, in full, as the deciding registry admin needs it: an employer to add; for a
/// <c>modify</c>, each field that changes against the current record and what a change of kind or district does (unit
/// review on or off, the new reviewing office); the person a unit-admin request would grant (masked).
/// </summary>
public static class RegistryProposalViews
{
    public static async Task<object?> ForAsync(RegistryRequest r, EmployerDirectory employers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(employers);
        switch (r.Type)
        {
            case RegistryRequestType.School: return RegistryPayload.Read<SchoolProposal>(r);
            case RegistryRequestType.Major: return RegistryPayload.Read<MajorProposal>(r);
            case RegistryRequestType.UnitAdmin:
                var admin = RegistryPayload.Read<UnitAdminProposal>(r);
                return new UnitAdminProposalView(
                    admin.EmployerId, admin.ApplicantSub, admin.MaskedName, admin.MaskedIdNumber,
                    admin.MaskedPhone, MaskEmail(admin.Email));
            case RegistryRequestType.EmployerAdd:
                var added = RegistryPayload.Read<EmployerProposal>(r);
                return new EmployerProposalView(
                    "add", null, EmployerView.From(new EmployerRecord("", added.Details, r.FiledAt)), null, null);
            case RegistryRequestType.EmployerModify:
                var modify = RegistryPayload.Read<EmployerProposal>(r);
                var current = await employers.GetAsync(modify.EmployerId!, ct);
                var proposed = EmployerView.From(new EmployerRecord(modify.EmployerId!, modify.Details, r.FiledAt));
                return current is null
                    ? new EmployerProposalView(
                        "modify", modify.EmployerId, proposed, null, ["the employer no longer exists"])
                    : new EmployerProposalView(
                        "modify", modify.EmployerId, proposed, Diff(EmployerView.From(current), proposed),
                        Consequences(current.Details, modify.Details));
            default: return null;
        }
    }

    private static IReadOnlyList<FieldChange> Diff(EmployerView current, EmployerView proposed)
    {
        (string Field, string Current, string Proposed)[] fields =
        [
            ("name", current.Name, proposed.Name), ("creditCode", current.CreditCode, proposed.CreditCode),
            ("kind", current.Kind, proposed.Kind), ("district", current.District, proposed.District),
            ("address", current.Address, proposed.Address), ("contactName", current.ContactName, proposed.ContactName),
            ("contactPhone", current.ContactPhone, proposed.ContactPhone),
        ];
        return fields
            .Where(f => f.Current != f.Proposed)
            .Select(f => new FieldChange(f.Field, f.Current, f.Proposed))
            .ToList();
    }

    private static IReadOnlyList<string> Consequences(EmployerDetails current, EmployerDetails proposed)
    {
        var said = new List<string>();
        bool before = ApplicationRoute.NeedsUnitReview(current.Kind),
            after = ApplicationRoute.NeedsUnitReview(proposed.Kind);
        if (before != after)
            said.Add($"unit review {(after ? "on" : "off")}: applications of this employer "
                + $"{(after ? "will first go to" : "will no longer need")} "
                + $"the unit admin's review (kind "
                + $"{WireEnum<EmployerKind>.Name(current.Kind)} → {WireEnum<EmployerKind>.Name(proposed.Kind)})");
        var office = ApplicationRoute.For(current.Kind, current.District).OfficeName;
        var newOffice = ApplicationRoute.For(proposed.Kind, proposed.District).OfficeName;
        if (office != newOffice) said.Add($"reviewing office: {office} → {newOffice}");
        return said;
    }

    private static string MaskEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : email[..1] + "***" + email[at..];
    }
}

/// <summary>
/// An employer add or modify request's proposal: the unit as proposed and, for a modify, the changes and their
/// consequences.
/// </summary>
public sealed record EmployerProposalView(
    string Action,
    string? EmployerId,
    EmployerView Proposed,
    IReadOnlyList<FieldChange>? Changes,
    IReadOnlyList<string>? Consequences);

/// <summary>One field a modify request changes (contact data masked on both sides).</summary>
public sealed record FieldChange(string Field, string Current, string Proposed);

/// <summary>Whom a unit-admin request would grant the permission, masked.</summary>
public sealed record UnitAdminProposalView(
    string EmployerId,
    string ApplicantSub,
    string MaskedName,
    string MaskedIdNumber,
    string MaskedPhone,
    string MaskedEmail);
