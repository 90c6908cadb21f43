using TalentHukou.Adapters.Staff;

namespace TalentHukou.Api.Admin;

/// <summary>The roles an admin assigns to a subject: <c>office</c> goes with <c>reviewer</c> and only with it.</summary>
public sealed record StaffAssignmentBody(string[]? Roles, string? Office);

/// <summary>A staff assignment as the admin API shows it.</summary>
public sealed record StaffAssignmentView(
    string Subject, IReadOnlyList<string> Roles, string? Office, string AssignedBy, DateTimeOffset AssignedAt)
{
    public static StaffAssignmentView From(StaffAssignment a) => new(a.Subject, a.Roles, a.Office, a.AssignedBy, a.AssignedAt);
}

/// <summary>One page of staff assignments.</summary>
public sealed record StaffPage(IReadOnlyList<StaffAssignmentView> Items, string? ContinuationToken);
