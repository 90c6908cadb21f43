using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Staff;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.Staff;

/// <summary>
/// How a token's caller becomes the caller the routes see, against the shared host's real (Azurite) assignments
/// and grants. A host outside Development cannot verify dev tokens (the dev key is Development-only), so the
/// Production rules are tested here, on the class the pipeline calls.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class CallerResolverTests(SharedHost shared)
{
    private StaffAssignments Assignments => shared.Host.Services.GetRequiredService<StaffAssignments>();

    private UnitAdminGrants Grants => shared.Host.Services.GetRequiredService<UnitAdminGrants>();

    private CallerResolver In(string environment) =>
        new(Assignments, Grants, new HostingEnvironment { EnvironmentName = environment },
            shared.Host.Services.GetRequiredService<RecentAuthorizations>());

    private static string NewSubject() => "s-" + Guid.NewGuid().ToString("N")[..10];

    private static Caller Token(string subject, string[] roles, string? unit = null, string? hrss = null) =>
        new(subject, roles.ToHashSet(StringComparer.Ordinal), unit, hrss);

    [Fact]
    public async Task Production_FineRolesAndScopesInTheToken_Ignored()
    {
        var token = Token(
            NewSubject(),
            ["staff", "applicant", "reviewer", "drc", "ops", "psb", "unit-admin"],
            unit: "E-DEMO-GOV",
            hrss: "city");
        var caller = await In("Production")
            .ResolveAsync(token, readsGrants: true, readOnly: false, CancellationToken.None);
        Assert.Equal(["applicant", "staff"], caller.Roles.Order());
        Assert.Null(caller.Hrss);
        Assert.Null(caller.Unit);
    }

    [Fact]
    public async Task Production_StaffWithAssignment_RolesAndOfficeFromTheAssignment()
    {
        var subject = NewSubject();
        await Assignments.SetAsync(
            new StaffAssignment(subject, ["reviewer", "support"], "tianhe", "admin-x", DateTimeOffset.UtcNow),
            CancellationToken.None);
        var caller = await In("Production").ResolveAsync(
            Token(subject, ["staff"], hrss: "city"), readsGrants: true, readOnly: false, CancellationToken.None);
        Assert.Equal(["reviewer", "staff", "support"], caller.Roles.Order());
        Assert.Equal("tianhe", caller.Hrss);

        await Assignments.RemoveAsync(subject, CancellationToken.None);
        var revoked = await In("Production").ResolveAsync(
            Token(subject, ["staff"]), readsGrants: true, readOnly: false, CancellationToken.None);
        Assert.Equal(["staff"], revoked.Roles);
        Assert.Null(revoked.Hrss);
    }

    [Fact]
    public async Task Production_AssignmentWithoutStaffInTheToken_NotApplied()
    {
        var subject = NewSubject();
        await Assignments.SetAsync(
            new StaffAssignment(subject, ["ops"], null, "admin-x", DateTimeOffset.UtcNow), CancellationToken.None);
        var caller = await In("Production").ResolveAsync(
            Token(subject, ["applicant"]), readsGrants: true, readOnly: false, CancellationToken.None);
        Assert.Equal(["applicant"], caller.Roles);
    }

    [Fact]
    public async Task Production_ApplicantWithGrant_UnitAdminOfTheGrantedUnitOnly()
    {
        var subject = NewSubject();
        await Grants.GrantAsync("E-DEMO-GOV", subject, "RQ-test", DateTimeOffset.UtcNow, CancellationToken.None);
        var token = Token(subject, ["applicant"], unit: "E-DEMO-HOSP");
        var caller = await In("Production")
            .ResolveAsync(token, readsGrants: true, readOnly: false, CancellationToken.None);
        Assert.Equal(["applicant", "unit-admin"], caller.Roles.Order());
        Assert.Equal("E-DEMO-GOV", caller.Unit);

        var anonymousRoute = await In("Production")
            .ResolveAsync(token, readsGrants: false, readOnly: false, CancellationToken.None);
        Assert.Equal(["applicant"], anonymousRoute.Roles);
        Assert.Null(anonymousRoute.Unit);
    }

    [Fact]
    public async Task Development_TokenClaimsKept_AssignmentsAndGrantsAdded()
    {
        var subject = NewSubject();
        await Assignments.SetAsync(
            new StaffAssignment(subject, ["reviewer"], "haizhu", "admin-x", DateTimeOffset.UtcNow),
            CancellationToken.None);
        await Grants.GrantAsync("E-DEMO-GOV", subject, "RQ-test", DateTimeOffset.UtcNow, CancellationToken.None);
        var caller = await In("Development").ResolveAsync(
            Token(subject, ["staff", "applicant", "drc"]), readsGrants: true, readOnly: false, CancellationToken.None);
        Assert.Equal(["applicant", "drc", "reviewer", "staff", "unit-admin"], caller.Roles.Order());
        Assert.Equal("haizhu", caller.Hrss);
        Assert.Equal("E-DEMO-GOV", caller.Unit);

        var claimsOnly = await In("Development").ResolveAsync(
            Token(NewSubject(), ["reviewer"], hrss: "city"),
            readsGrants: true,
            readOnly: false,
            CancellationToken.None);
        Assert.Equal(["reviewer"], claimsOnly.Roles);
        Assert.Equal("city", claimsOnly.Hrss);
    }

    [Theory]
    [InlineData("object-id-1", "pairwise-sub", "object-id-1")]
    [InlineData(null, "dev-sub", "dev-sub")]
    public void FromClaims_SubjectIsOidElseSub(string? oid, string sub, string expected)
    {
        var claims = new List<Claim> { new("sub", sub) };
        if (oid is not null) claims.Add(new Claim("oid", oid));
        Assert.Equal(expected, Caller.FromClaims(new ClaimsIdentity(claims)).Subject);
    }
}
