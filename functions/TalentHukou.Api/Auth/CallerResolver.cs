using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Staff;

namespace TalentHukou.Api.Auth;

/// <summary>
/// Decides what a validated token's caller may do. Outside Development the token counts only for the coarse app
/// roles (<see cref="Roles.Coarse"/>): fine staff roles and the reviewer's office come from
/// <see cref="StaffAssignments"/> (for callers the token says are <c>staff</c> or <c>admin</c>), and <c>unit-admin</c>
/// with its unit from the grants this system approved. In Development the dev token's roles, <c>unit</c> and
/// <c>hrss</c> still count, and assignments and grants are added on top. Writes read both afresh (at most two point
/// reads, done together), so a revoked assignment never decides anything; read-only requests may use what this
/// instance read within the last few seconds (<see cref="RecentAuthorizations"/>, ADR 0016).
/// </summary>
public sealed class CallerResolver(
    StaffAssignments assignments, UnitAdminGrants grants, IHostEnvironment environment, RecentAuthorizations recent)
{
    private readonly bool _tokenScopesCount = environment.IsDevelopment();

    /// <param name="token">The caller as the token describes it.</param>
    /// <param name="readsGrants">
    /// Whether unit-admin grants matter (not on anonymous routes: no applicant lookup there).
    /// </param>
    /// <param name="readOnly">
    /// Whether the request only reads, so a recent read of the assignment and grant may serve.
    /// </param>
    /// <param name="ct">Cancels the reads.</param>
    public async Task<Caller> ResolveAsync(Caller token, bool readsGrants, bool readOnly, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(token);
        var subject = token.Subject;
        var staff = token.IsIn(Roles.Staff) || token.IsIn(Roles.Admin) ? ReadStaff(readOnly) : null;
        var grant = readsGrants && token.IsIn(Roles.Applicant) ? ReadGrant(readOnly) : null;
        // The bound is checked when the caller is authorized, after every read has come back, not when an entry was
        // looked up: the other read may have taken a while. A stale entry is read afresh (current by definition), so
        // this ends; no await separates the last check from the decision below.
        for (var stale = true; stale;)
        {
            await Task.WhenAll(new Task?[] { staff, grant }.OfType<Task>());
            stale = false;
            if (staff is not null && !recent.IsCurrent(await staff)) (staff, stale) = (ReadStaff(false), true);
            if (grant is not null && !recent.IsCurrent(await grant)) (grant, stale) = (ReadGrant(false), true);
        }

        var roles = token.Roles
            .Where(r => _tokenScopesCount || Roles.Coarse.Contains(r))
            .ToHashSet(StringComparer.Ordinal);
        var hrss = _tokenScopesCount ? token.Hrss : null;
        var unit = _tokenScopesCount ? token.Unit : null;
        if (staff is not null && (await staff).Value is { } assignment)
        {
            roles.UnionWith(assignment.Roles.Where(Roles.Assignable.Contains));
            if (assignment.Roles.Contains(Roles.Reviewer)) hrss ??= assignment.Office;
        }
        if (grant is not null && (await grant).Value is { } grantedUnit)
        {
            roles.Add(Roles.UnitAdmin);
            unit ??= grantedUnit;
        }
        return token with { Roles = roles, Hrss = hrss, Unit = unit };

        Task<Recent<StaffAssignment>> ReadStaff(bool cached) =>
            Read("staff", () => assignments.GetAsync(subject, ct), cached);
        Task<Recent<string>> ReadGrant(bool cached) =>
            Read("grant", () => grants.GrantedUnitAsync(subject, ct), cached);
        Task<Recent<T>> Read<T>(string kind, Func<Task<T?>> read, bool cached) where T : class =>
            cached ? recent.GetOrReadAsync(kind, subject, read) : Fresh(read);
    }

    private static async Task<Recent<T>> Fresh<T>(Func<Task<T?>> read) where T : class =>
        new(await read(), ReadStartedAt: 0, FromCache: false);
}
