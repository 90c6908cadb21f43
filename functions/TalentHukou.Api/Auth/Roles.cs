namespace TalentHukou.Api.Auth;

/// <summary>The roles of the contract, as carried in the token's <c>roles</c> claim.</summary>
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

    public static IReadOnlyList<string> All { get; } = [Applicant, UnitAdmin, Reviewer, RegistryAdmin, Drc, Support, Psb, Ops, Admin];
}
