using System.ComponentModel;
using TalentHukou.Adapters.Staff;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Routing;

namespace TalentHukou.Api.Admin;

/// <summary>
/// The roles an admin assigns to a subject: <c>office</c> goes with <c>reviewer</c> and only with it.
/// </summary>
[Description("人员角色分配。The staff roles (and office, for reviewers) to assign.")]
public sealed record StaffAssignmentBody(
    [WireValues(typeof(Auth.Roles), Member = nameof(Auth.Roles.Assignable), Schema = "StaffRole")] string[]? Roles,
    [WireValues(typeof(ApplicationRoute), Member = nameof(ApplicationRoute.Offices), Schema = "Office")]
    string? Office);

/// <summary>The path's <c>subject</c> of a staff assignment, and its rule.</summary>
public sealed record StaffSubject(
    [Input.TextField(1, 128)]
    string? Subject);

/// <summary>A staff assignment as the admin API shows it.</summary>
[Description("人员角色分配记录。A subject's staff roles and office.")]
public sealed record StaffAssignmentView(
    string Subject,
    [WireValues(typeof(Auth.Roles), Member = nameof(Auth.Roles.Assignable), Schema = "StaffRole")]
    IReadOnlyList<string> Roles,
    [WireValues(typeof(ApplicationRoute), Member = nameof(ApplicationRoute.Offices), Schema = "Office")]
    string? Office,
    string AssignedBy, DateTimeOffset AssignedAt)
{
    public static StaffAssignmentView From(StaffAssignment a) =>
        new(a.Subject, a.Roles, a.Office, a.AssignedBy, a.AssignedAt);
}

/// <summary>One page of staff assignments.</summary>
[Description("人员角色分配列表（分页）。One page of staff assignments.")]
public sealed record StaffPage(IReadOnlyList<StaffAssignmentView> Items, string? ContinuationToken);
