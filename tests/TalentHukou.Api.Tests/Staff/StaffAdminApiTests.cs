using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Staff;

/// <summary>
/// The admin API of staff assignments: validation, who may use it, separation of duties, the audit trail.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class StaffAdminApiTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    private static string NewSubject(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private Task<HttpClient> AdminAsync() => Host.ClientForAsync(NewSubject("admin"), ["admin"]);

    [Theory]
    [InlineData("""{"roles":["admin"]}""", "roles")]
    [InlineData("""{"roles":["reviewer","wizard"],"office":"tianhe"}""", "roles")]
    [InlineData("""{"roles":[]}""", "roles")]
    [InlineData("""{"roles":["reviewer"]}""", "office")]
    [InlineData("""{"roles":["reviewer"],"office":"shenzhen"}""", "office")]
    [InlineData("""{"roles":["drc"],"office":"city"}""", "office")]
    public async Task Assign_InvalidBody_ValidationProblemNamingTheField(string body, string field)
    {
        var admin = await AdminAsync();
        var response = await admin.PutAsync(
            $"admin/staff/{NewSubject("s")}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed"), field);
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("reviewer")]
    [InlineData("ops")]
    public async Task AdminRoutes_NonAdmin_Forbidden(string role)
    {
        var caller = await Host.ClientForAsync(
            NewSubject("not-admin"), [role], hrss: role == "reviewer" ? "city" : null);
        var subject = NewSubject("s");
        await ProblemAssert.IsProblemAsync(
            await caller.GetAsync("admin/staff"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(
            await caller.PutAsJsonAsync($"admin/staff/{subject}", new { roles = new[] { "ops" } }),
            HttpStatusCode.Forbidden,
            "forbidden");
        await ProblemAssert.IsProblemAsync(
            await caller.DeleteAsync($"admin/staff/{subject}"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Assign_ToOneself_RefusedWith403()
    {
        var sub = NewSubject("admin");
        var admin = await Host.ClientForAsync(sub, ["admin", "staff"]);
        var response = await admin.PutAsJsonAsync($"admin/staff/{sub}", new { roles = new[] { "ops" } });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "staff-self-assignment");
        // Nothing was assigned: the admin still lacks ops.
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("ops/metrics"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task AssignThenRevoke_ListedThenGone_BothAudited()
    {
        var adminSub = NewSubject("admin");
        var admin = await Host.ClientForAsync(adminSub, ["admin"]);
        var subject = NewSubject("staff");

        var assigned = await Json.ReadAsync(await admin.PutAsJsonAsync(
            $"admin/staff/{subject}", new { roles = new[] { "reviewer", "drc" }, office = "city" }));
        Assert.Equal(["reviewer", "drc"], assigned.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("city", assigned.Str("office"));
        Assert.Equal(adminSub, assigned.Str("assignedBy"));
        var listed = await AllAssignmentsAsync(admin);
        Assert.Contains(listed, a => a.Str("subject") == subject && a.Str("office") == "city");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"admin/staff/{subject}")).StatusCode);
        Assert.DoesNotContain(await AllAssignmentsAsync(admin), a => a.Str("subject") == subject);
        await ProblemAssert.IsProblemAsync(
            await admin.DeleteAsync($"admin/staff/{subject}"), HttpStatusCode.NotFound, "staff-assignment-not-found");

        var audit = await Json.ReadAsync(
            await admin.GetAsync($"ops/audit?target={Uri.EscapeDataString("staff/" + subject)}"));
        var items = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["staff-revoke", "staff-assign"], items.Select(i => i.Str("action")));
        Assert.All(items, i => Assert.Equal(adminSub, i.Str("actor")));
        Assert.All(items, i => Assert.Equal("admin", i.Str("role")));
        Assert.All(items, i => Assert.NotEqual("", i.Str("at")));
        Assert.Contains("roles=reviewer,drc office=city", items[1].Str("detail"));
    }

    private static async Task<List<JsonElement>> AllAssignmentsAsync(HttpClient admin)
    {
        var all = new List<JsonElement>();
        string? token = null;
        do
        {
            var url = "admin/staff?pageSize=2"
                + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await Json.ReadAsync(await admin.GetAsync(url));
            all.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.TryGetProperty("continuationToken", out var next) && next.ValueKind == JsonValueKind.String
                ? next.GetString()
                : null;
        }
        while (token is not null);
        return all;
    }
}
