using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using TalentHukou.Api.Routing;
using TalentHukou.LocalHost.Hosting;
using TalentHukou.Testing;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Functions.Tests;

/// <summary>The Functions app and the local host must serve the very same routes and run the very same durable tasks.</summary>
public class HostParityTests
{
    private static readonly FunctionsMetadata Metadata = FunctionsMetadata.Load();

    [Fact]
    public async Task HttpFunctions_SameRoutesAndMethodsAsLocalHost()
    {
        var functions = Metadata.Http.SelectMany(f => f.Methods.Select(m => $"{m} {f.Route}")).Order().ToList();
        var local = (await LocalHostEndpoints("Production")).Order().ToList();
        Assert.NotEmpty(functions);
        Assert.Equal(local, functions);
    }

    [Fact]
    public void HttpFunctions_EachNamedAfterItsRoute()
    {
        foreach (var function in Metadata.Http)
        {
            var route = ApiRouteTable.ByName(function.Name);
            Assert.Equal(route.Template, function.Route);
            Assert.Equal([route.Method], function.Methods);
        }
        Assert.Equal(ApiRouteTable.All.Count, Metadata.Http.Count);
    }

    [Fact]
    public async Task LocalHost_DevelopmentOnlyRoutes_AbsentFromFunctions()
    {
        var development = await LocalHostEndpoints("Development");
        var extra = development.Except(Metadata.Http.SelectMany(f => f.Methods.Select(m => $"{m} {f.Route}"))).Order().ToList();
        Assert.Equal(["POST dev/clock", "POST dev/token"], extra);
    }

    [Fact]
    public void DurableTasks_SameOrchestratorsAndActivitiesInBothHosts()
    {
        Assert.Equal(DurableTasks.Orchestrators.Select(t => t.Name).Order(), Metadata.Orchestrators.Order());
        Assert.Equal(DurableTasks.Activities.Select(t => t.Name).Order(), Metadata.Activities.Order());
    }

    private static async Task<List<string>> LocalHostEndpoints(string environment)
    {
        var app = LocalHostApp.Build([$"--environment={environment}"], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = TestEnvironment.StorageConnectionString,
        }));
        await using (app)
        {
            return ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
                .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!["/api/".Length..]}"))
                .ToList();
        }
    }
}
