using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Staff;

/// <summary>
/// Contract v1.2, authorization freshness: two hosts on one storage account, as two instances of the Function App. A
/// revocation made on one counts on the other within 5 seconds for reads, and at once for decisions.
/// </summary>
public class AuthorizationFreshnessTests
{
    [Fact]
    public async Task ReviewerRevokedOnOneInstance_OtherInstanceRefusesDecisionsAtOnceAndReadsWithin5Seconds()
    {
        await using var first = await LocalHostUnderTest.StartAsync();
        await using var second = await LocalHostUnderTest.StartAsync(new HostNames(HostNames.New().HubName, first.Names.TablePrefix));
        var (application, _) = await ApplicationFlows.SubmitAsync(await ApplicationFlows.ApplicantAsync(first), "E-DEMO-TECH", "manual");
        var admin = await first.ClientForAsync("admin-" + Guid.NewGuid().ToString("N")[..8], ["admin"]);
        var subject = "reviewer-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.OK,
            (await admin.PutAsJsonAsync($"admin/staff/{subject}", new { roles = new[] { "reviewer" }, office = "tianhe" })).StatusCode);
        var reviewer = await second.ClientForAsync(subject, ["staff"]);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("applications?stage=hrss-review")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"admin/staff/{subject}")).StatusCode);
        var revokedAt = Stopwatch.StartNew();

        await ProblemAssert.IsProblemAsync(
            await reviewer.PostAsJsonAsync($"applications/{application}/review", new { approve = true, reason = "材料齐全" }),
            HttpStatusCode.Forbidden, "forbidden");
        HttpStatusCode read;
        do read = (await reviewer.GetAsync("applications?stage=hrss-review")).StatusCode;
        while (read == HttpStatusCode.OK && revokedAt.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.Forbidden, read);
        Assert.True(revokedAt.Elapsed <= TimeSpan.FromSeconds(5), $"reads still allowed {revokedAt.Elapsed} after the revocation");
    }
}
