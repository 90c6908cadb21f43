using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Staff;

/// <summary>
/// Access decided by this system's own data: a token that says only <c>staff</c> gets its reviewer office from a
/// staff assignment, and an applicant acts as unit admin only for the unit a registry-approved grant names.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class StaffAuthorizationTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    private static string NewSubject(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Reviewer_AssignedToTianhe_SeesAndReviewsTianheOnly_RevokedOnNextRequest()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (tianhe, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var (secondTianhe, _) = await ApplicationFlows.SubmitAsync(
            await ApplicationFlows.ApplicantAsync(Host), "E-DEMO-TECH", "manual");
        var (haizhu, _) = await ApplicationFlows.SubmitAsync(
            await ApplicationFlows.ApplicantAsync(Host), "E-DEMO-HAIZHU", "manual");
        var admin = await Host.ClientForAsync(NewSubject("admin"), ["admin"]);
        var subject = NewSubject("reviewer");
        var reviewer = await Host.ClientForAsync(subject, ["staff"]); // no hrss claim, no fine role in the token

        await ProblemAssert.IsProblemAsync(
            await reviewer.GetAsync("applications"), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(
            HttpStatusCode.OK,
            (await admin.PutAsJsonAsync(
                $"admin/staff/{subject}", new { roles = new[] { "reviewer" }, office = "tianhe" })).StatusCode);

        var listed = await AllApplicationsAsync(reviewer, "hrss-review");
        Assert.Contains(tianhe, listed.Select(a => a.Str("applicationId")));
        Assert.DoesNotContain(haizhu, listed.Select(a => a.Str("applicationId")));
        Assert.All(listed, a => Assert.Equal("tianhe", a.GetProperty("route").Str("district")));
        await ProblemAssert.IsProblemAsync(
            await reviewer.GetAsync($"applications/{haizhu}"), HttpStatusCode.NotFound, "application-not-found");
        await ProblemAssert.IsProblemAsync(
            await reviewer.PostAsJsonAsync($"applications/{haizhu}/review", new { approve = true }),
            HttpStatusCode.NotFound,
            "application-not-found");
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await reviewer.PostAsJsonAsync($"applications/{tianhe}/review", new { approve = true, reason = "材料齐全" }))
                .StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"admin/staff/{subject}")).StatusCode);
        await ProblemAssert.IsProblemAsync(
            await reviewer.PostAsJsonAsync($"applications/{secondTianhe}/review", new { approve = true }),
            HttpStatusCode.Forbidden,
            "forbidden");
        await ProblemAssert.IsProblemAsync(
            await reviewer.GetAsync("applications"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(
            await reviewer.GetAsync($"applications/{secondTianhe}"), HttpStatusCode.NotFound, "application-not-found");
    }

    [Fact]
    public async Task UnitAdmin_GrantedForEmployerX_ReviewsXOnly()
    {
        var subject = NewSubject("unit-admin");
        // no unit claim, no unit-admin role in the token
        var person = await Host.ClientForAsync(subject, ["applicant"]);
        var (forX, _) = await ApplicationFlows.SubmitAsync(
            await ApplicationFlows.ApplicantAsync(Host), "E-DEMO-GOV", "manual");
        var (forY, _) = await ApplicationFlows.SubmitAsync(
            await ApplicationFlows.ApplicantAsync(Host), "E-DEMO-HOSP", "manual");
        await ProblemAssert.IsProblemAsync(
            await person.PostAsJsonAsync($"applications/{forX}/unit-review", new { approve = true }),
            HttpStatusCode.NotFound,
            "application-not-found");
        await ProblemAssert.IsProblemAsync(
            await person.GetAsync($"applications/{forX}"), HttpStatusCode.NotFound, "application-not-found");

        var filed = await Json.PostOkAsync(person, "unit-admins/requests", new
        {
            employerId = "E-DEMO-GOV",
            applicantName = "王小明",
            idNumber = VerifiedIdentities.Of(person),
            phone = "13812345678",
            email = "wang@example.cn",
        }, HttpStatusCode.Accepted);
        var registryAdmin = await Host.ClientForAsync(NewSubject("registry-admin"), ["registry-admin"]);
        await Json.PostOkAsync(
            registryAdmin,
            $"unit-admins/requests/{filed.Str("requestId")}/decision",
            new { approve = true },
            HttpStatusCode.OK);

        var listed = await AllApplicationsAsync(person, "unit-review");
        Assert.Contains(forX, listed.Select(a => a.Str("applicationId")));
        Assert.DoesNotContain(forY, listed.Select(a => a.Str("applicationId")));
        await ProblemAssert.IsProblemAsync(
            await person.PostAsJsonAsync($"applications/{forY}/unit-review", new { approve = true }),
            HttpStatusCode.NotFound,
            "application-not-found");
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await person.PostAsJsonAsync($"applications/{forX}/unit-review", new { approve = true, reason = "同意" }))
                .StatusCode);
        // The status read checks the grant for the application's own employer itself (HandlerChecksGrant).
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync($"applications/{forX}")).StatusCode);
        await ProblemAssert.IsProblemAsync(
            await person.GetAsync($"applications/{forY}"), HttpStatusCode.NotFound, "application-not-found");
    }

    private static async Task<List<JsonElement>> AllApplicationsAsync(HttpClient client, string stage)
    {
        var all = new List<JsonElement>();
        string? token = null;
        do
        {
            var url = $"applications?stage={stage}&pageSize=100"
                + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await Json.ReadAsync(await client.GetAsync(url));
            all.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.TryGetProperty("continuationToken", out var next) && next.ValueKind == JsonValueKind.String
                ? next.GetString()
                : null;
        }
        while (token is not null);
        return all;
    }
}
