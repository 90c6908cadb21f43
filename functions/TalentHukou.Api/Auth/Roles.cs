namespace TalentHukou.Api.Auth;

/// <summary>
/// The roles of the contract. Entra app roles carry only the coarse ones (<see cref="Coarse"/>); the fine staff
/// roles come from staff assignments and <c>unit-admin</c> from the unit-admin grants
/// (see <see cref="CallerResolver"/>).
/// </summary>
public static class Roles
{
    public const string Applicant = "applicant";
    public const string UnitAdmin = "unit-admin";
    public const string Reviewer = "reviewer";
    public const string RegistryAdmin = "registry-admin";
    public const string Drc = "drc";
    public const string Support = "support";
    public const string Psb = "psb";
    public const string Ops = "ops";
    public const string Admin = "admin";

    /// <summary>Someone the identity provider says is staff; which staff role is a staff assignment.</summary>
    public const string Staff = "staff";

    public static IReadOnlyList<string> All { get; } =
        [Applicant, UnitAdmin, Reviewer, RegistryAdmin, Drc, Support, Psb, Ops, Admin, Staff];

    /// <summary>The app roles of the identity provider: the only roles read from a token outside Development.</summary>
    public static IReadOnlyList<string> Coarse { get; } = [Applicant, Staff, Admin];

    /// <summary>The roles an audit entry names: any role a person acts in, or the service's own processes.</summary>
    public static IReadOnlyList<string> Audited { get; } = [.. All, Adapters.Audit.AuditRecord.SystemRole];

    /// <summary>The roles an admin assigns in <c>StaffAssignments</c>.</summary>
    public static IReadOnlyList<string> Assignable { get; } = [Reviewer, Drc, RegistryAdmin, Support, Psb, Ops];
}
