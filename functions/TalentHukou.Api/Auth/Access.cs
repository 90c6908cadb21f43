namespace TalentHukou.Api.Auth;

/// <summary>
/// Who may call a route: anyone, any signed-in caller, or callers holding one of some roles. Deny by default.
/// </summary>
public sealed record Access(bool Anonymous, IReadOnlyList<string> AnyOfRoles)
{
    public static Access Anyone { get; } = new(true, []);

    public static Access SignedIn { get; } = new(false, []);

    public static Access RolesOf(params string[] roles) => new(false, roles);

    public bool Allows(Caller caller) => AnyOfRoles.Count == 0 || AnyOfRoles.Any(caller.IsIn);
}
