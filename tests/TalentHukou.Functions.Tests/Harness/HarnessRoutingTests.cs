using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Routing;

namespace TalentHukou.Functions.Tests.Harness;

/// <summary>
/// The real worker, started by the harness: its metadata, its routes as the Functions host matches them.
/// </summary>
[Collection(AcceleratedFunctionsAppCollection.Name)]
public sealed partial class HarnessRoutingTests(AcceleratedFunctionsApp app)
{
    [Fact]
    public void Metadata_WorkerIndexesEveryRouteAndTask_AllLoaded()
    {
        var names = app.Harness.Session.Functions.Select(f => f.Name).ToHashSet();
        Assert.All(ApiRouteTable.All, route => Assert.Contains(route.Name, names));
        Assert.Contains(app.Harness.Session.Functions, f => f.HasTrigger("orchestrationTrigger"));
        Assert.Contains(app.Harness.Session.Functions, f => f.HasTrigger("activityTrigger"));
    }

    [Fact]
    public void Match_EveryContractRouteInFunctionNameOrder_ReachesItsOwnFunction()
    {
        var wrong = new List<string>();
        foreach (var route in ApiRouteTable.All)
        {
            var http = new DefaultHttpContext();
            http.Request.Method = route.Method;
            http.Request.Path = "/api/" + Parameter().Replace(
                route.Template, m => m.Groups[2].Value == "int" ? "2027" : "sample-" + m.Groups[1].Value);
            var match = app.Harness.Router.Match(http);
            if (match?.Function.Name != route.Name)
            {
                wrong.Add($"{route.Method} {http.Request.Path} reached "
                    + $"{match?.Function.Name ?? "nothing"}, not {route.Name}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [InlineData("api/health")]
    [InlineData("api/calendar/working-days?from=2026-01-05&add=3")]
    [InlineData("api/openapi.json")]
    public async Task Get_AnonymousRoute_ServedByTheWorker(string path)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"{path}: {(int)response.StatusCode} {body}\n{app.Harness.Worker.Output}");
    }

    [Fact]
    public async Task Get_AdminPath_ReservedByTheHost()
    {
        using var response = await app.Client.GetAsync(new Uri("admin/host/status", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(?::([a-z]+))?\}")]
    private static partial Regex Parameter();
}
