using System.Net;
using System.Text;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Routing;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Security;

/// <summary>
/// Every route × (no token, each role): 401 without a token unless anonymous, 403 for a role the route does not
/// allow, never 401/403 for an allowed one, and never a 5xx. Generated from the route table, so a new route is
/// checked the moment it exists.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class AuthorizationMatrixTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    public static TheoryData<string> RouteNames => new(ApiRouteTable.All.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(RouteNames))]
    public async Task Route_EveryRoleAndAnonymous_DeniedByDefault(string routeName)
    {
        var route = ApiRouteTable.ByName(routeName);
        var anonymous = await Send(Host.Anonymous, route);
        Assert.True(Answered(route, anonymous), $"{routeName} anonymous → {anonymous}");
        Assert.True(
            route.Access.Anonymous ? anonymous is not (401 or 403) : anonymous == 401,
            $"{routeName} anonymous → {anonymous}");

        foreach (var role in Roles.All)
        {
            var client = await Host.ClientForAsync($"matrix-{role}", [role], unit: "E-DEMO-GOV", hrss: "tianhe");
            var status = await Send(client, route);
            Assert.True(Answered(route, status), $"{routeName} as {role} → {status}");
            var allowed = route.Access.Anonymous
                || route.Access.Allows(new Caller("x", new HashSet<string> { role }, null, null));
            Assert.True(
                allowed ? status is not (401 or 403) : status == 403,
                $"{routeName} as {role} → {status} (allowed: {allowed})");
        }
    }

    /// <summary>
    /// No server error, except the health check's documented 503: a dependency (storage) that did not answer within
    /// its timeout, which a loaded machine's Azurite can cause. Either way the route was not denied.
    /// </summary>
    private static bool Answered(ApiRoute route, int status) =>
        status < 500 || (route.Name == "GetHealth" && status == 503);

    /// <summary>
    /// The ops controls aimed at business instances (an application, a card saga, a ticket, a registry request).
    /// </summary>
    public static TheoryData<string, string> OpsControls => new()
    {
        { "POST", "ops/instances/application-MATRIX1/restart" },
        { "POST", "ops/instances/application-MATRIX1/terminate" },
        { "POST", "ops/instances/card-MATRIX1-1/terminate" },
        { "POST", "ops/instances/ticket-MATRIX1/suspend" },
        { "POST", "ops/instances/application-MATRIX1/resume" },
        { "POST", "ops/instances/registry-MATRIX1/restart" },
        { "POST", "ops/instances/application-MATRIX1/events/hrss-review" },
        { "DELETE", "ops/instances/registry-MATRIX1" },
        { "DELETE", "ops/instances/card-MATRIX1-1" },
        { "POST", "ops/cases/application/MATRIX1/repair" },
        { "POST", "ops/cases/ticket/MATRIX1/repair" },
    };

    /// <summary>Ops only, never a 5xx.</summary>
    [Theory]
    [MemberData(nameof(OpsControls))]
    public async Task OpsControl_OnBusinessInstance_OpsOnlyAndNever5xx(string method, string path)
    {
        Assert.Equal(401, await SendPath(Host.Anonymous, method, path));
        foreach (var role in Roles.All)
        {
            var client = await Host.ClientForAsync($"matrix-{role}", [role], unit: "E-DEMO-GOV", hrss: "tianhe");
            var status = await SendPath(client, method, path);
            Assert.True(
                role == Roles.Ops ? status is 404 or 409 : status == 403, $"{method} {path} as {role} → {status}");
        }
    }

    /// <summary>A new ops control on one instance or case joins the matrix above, or this fails.</summary>
    [Fact]
    public void OpsControls_CoverEveryOpsWriteOnOneInstanceOrCase()
    {
        var covered = OpsControls.Select(row => ((string)row[0], (string)row[1])).ToList();
        var controls = ApiRouteTable.All.Where(r => r.Method != "GET"
            && r.Template.StartsWith("ops/", StringComparison.Ordinal)
            && (r.Parameters.Contains("instanceId") || r.Parameters.Contains("caseId")));
        Assert.All(controls, route =>
        {
            var pattern = "^"
                + System.Text.RegularExpressions.Regex.Replace(route.Template, "\\{[^}]+\\}", "[^/]+")
                + "$";
            Assert.True(
                covered.Any(c => c.Item1 == route.Method
                    && System.Text.RegularExpressions.Regex.IsMatch(c.Item2, pattern)),
                $"{route.Name} ({route.Method} {route.Template}) is not in the ops-control matrix");
        });
    }

    /// <summary>The duplicate-card job's dry run is ops' and admin's; its revoking run admin's alone.</summary>
    [Fact]
    public async Task DuplicateCards_RevokingRunByAnyRoleButAdmin_403()
    {
        foreach (var role in Roles.All.Where(r => r != Roles.Admin))
        {
            var client = await Host.ClientForAsync($"matrix-{role}", [role], unit: "E-DEMO-GOV", hrss: "tianhe");
            using var response = await client.PostAsync("ops/cards/duplicates",
                new StringContent("{\"dryRun\":false}", Encoding.UTF8, "application/json"));
            Assert.True(
                response.StatusCode == System.Net.HttpStatusCode.Forbidden,
                $"revoking run as {role} → {response.StatusCode}");
        }
    }

    [Fact]
    public void EveryRoute_HasAnAccessRule() =>
        Assert.All(
            ApiRouteTable.All,
            r => Assert.True(r.Access.Anonymous || r.Access is not null, $"{r.Name} has no access rule"));

    // An integer parameter (a year) gets one outside the calendar's years: the matrix never publishes anything.
    private static Task<int> Send(HttpClient client, ApiRoute route) =>
        SendPath(client, route.Method, string.Join('/', route.Template.Split('/')
            .Select(s => !s.StartsWith('{') ? s : s.EndsWith(":int}", StringComparison.Ordinal) ? "1999" : "MATRIX1")));

    private static async Task<int> SendPath(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        // Ops controls require a reason (400 without): give one, so the ops role reaches the case rules.
        var control = path.StartsWith("ops/instances/", StringComparison.Ordinal)
            || path.EndsWith("/repair", StringComparison.Ordinal);
        if (method is "POST" || control)
            request.Content = new StringContent(
                control ? "{\"reason\":\"权限矩阵检查\"}" : "{}", Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
