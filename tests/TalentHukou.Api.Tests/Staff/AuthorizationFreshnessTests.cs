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
        await using var second = await LocalHostUnderTest.StartAsync(
            new HostNames(HostNames.New().HubName, first.Names.TablePrefix));
        var (application, _) = await ApplicationFlows.SubmitAsync(
            await ApplicationFlows.ApplicantAsync(first), "E-DEMO-TECH", "manual");
        var admin = await first.ClientForAsync("admin-" + Guid.NewGuid().ToString("N")[..8], ["admin"]);
        var subject = "reviewer-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(
            HttpStatusCode.OK,
            (await admin.PutAsJsonAsync(
                $"admin/staff/{subject}", new { roles = new[] { "reviewer" }, office = "tianhe" })).StatusCode);
        var reviewer = await second.ClientForAsync(subject, ["staff"]);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("applications?stage=hrss-review")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"admin/staff/{subject}")).StatusCode);
        var revoked = Stopwatch.StartNew(); // the revocation has committed: the DELETE has answered

        await ProblemAssert.IsProblemAsync(
            await reviewer.PostAsJsonAsync(
                $"applications/{application}/review", new { approve = true, reason = "材料齐全" }),
            HttpStatusCode.Forbidden, "forbidden");
        // What counts is when each read was sent: the server authorizes it after that, so a read sent 5 s or more after
        // the DELETE answered and still allowed breaks the bound, however long its answer then took on a busy machine.
        // Reads go out on a schedule, none waiting for the one before, so a slow answer cannot hide the reads after it.
        var bound = TimeSpan.FromSeconds(5);
        var reads = new List<Task<(TimeSpan SentAt, HttpStatusCode Status)>>();
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        TimeSpan sentAt;
        do reads.Add(ReadAsync(sentAt = revoked.Elapsed));
        while (sentAt < bound && await pace.WaitForNextTickAsync());
        var answers = await Task.WhenAll(reads);

        Assert.DoesNotContain(answers, a => a.SentAt >= bound && a.Status != HttpStatusCode.Forbidden);

        async Task<(TimeSpan SentAt, HttpStatusCode Status)> ReadAsync(TimeSpan sent)
        {
            using var response = await reviewer.GetAsync("applications?stage=hrss-review");
            return (sent, response.StatusCode);
        }
    }
}
