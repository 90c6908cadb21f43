using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Constraints;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.Configuration;
using TalentHukou.Api.Routing;
using TalentHukou.LocalHost.Hosting;
using TalentHukou.Testing;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Functions.Tests;

/// <summary>
/// The Functions app and the local host must serve the very same routes and run the very same durable tasks.
/// </summary>
public class HostParityTests
{
    private static readonly FunctionsMetadata Metadata = FunctionsMetadata.Load();

    [Fact]
    public async Task HttpFunctions_SameRoutesAndMethodsAsLocalHost()
    {
        var functions = Metadata.Http.SelectMany(f => f.Methods.Select(m => $"{m} {f.Route}")).Order().ToList();
        var local = (await LocalHostEndpoints("Production")).Select(AsFunctionsRoute).Order().ToList();
        Assert.NotEmpty(functions);
        Assert.Equal(local, functions);
    }

    [Fact]
    public void HttpFunctions_EachNamedAfterItsRoute()
    {
        foreach (var function in Metadata.Http)
        {
            var route = ApiRouteTable.ByName(function.Name);
            Assert.Equal(route.FunctionsTemplate, function.Route);
            Assert.Equal([route.Method], function.Methods);
        }
        Assert.Equal(ApiRouteTable.All.Count, Metadata.Http.Count);
    }

    /// <summary>The Functions host refuses, at start-up, any function whose route template begins with these.</summary>
    [Fact]
    public void HttpFunctions_NoneInTheHostsReservedRouteSpace()
    {
        foreach (var function in Metadata.Http)
        {
            Assert.False(function.Route.StartsWith("admin", StringComparison.OrdinalIgnoreCase), function.Name);
            Assert.False(function.Route.StartsWith("runtime", StringComparison.OrdinalIgnoreCase), function.Name);
        }
    }

    [Theory]
    [InlineData("admin/staff", "ListStaff", true)]
    [InlineData("admin/staff/u-1", "AssignStaff", true)]
    [InlineData("other/staff/u-1", "AssignStaff", false)]
    [InlineData("administrator/staff/u-1", "AssignStaff", false)]
    [InlineData("admin/calendar/2027", "PublishCalendarNotice", true)]
    [InlineData("admin/calendar/working-days", "PublishCalendarNotice", false)]
    [InlineData("calendar/2027", "GetCalendarYear", true)]
    // The Functions host orders routes by function name: GetCalendarYear comes before GetWorkingDays.
    [InlineData("calendar/working-days", "GetCalendarYear", false)]
    public void FunctionsTemplate_ReservedFirstSegment_MatchesTheContractsPathOnly(
        string path, string routeName, bool matches)
    {
        var route = ApiRouteTable.ByName(routeName);
        var pattern = RoutePatternFactory.Parse(route.FunctionsTemplate);
        var values = new RouteValueDictionary();
        var matched = new TemplateMatcher(TemplateParser.Parse(route.FunctionsTemplate), [])
                .TryMatch("/" + path, values)
            && pattern.ParameterPolicies.All(p => p.Value.All(policy =>
                Constraint(policy.Content!).Match(null, null, p.Key, values, RouteDirection.IncomingRequest)));
        Assert.Equal(matches, matched);
        if (matches && route.Parameters.Contains("subject")) Assert.Equal("u-1", values["subject"]);
        if (matches && route.Parameters.Contains("year")) Assert.Equal("2027", values["year"]);
    }

    private static IRouteConstraint Constraint(string content) => content == "int"
        ? new IntRouteConstraint()
        : new RegexInlineRouteConstraint(content["regex(".Length..^1]);

    /// <summary>
    /// The Functions host tries routes in the order of their function names, not by specificity: no route's Functions
    /// template may match a path another route of the same method spells with a literal where it has a parameter.
    /// </summary>
    [Fact]
    public void FunctionsTemplates_LiteralSiblings_NotSwallowedByParameterRoutes()
    {
        foreach (var route in ApiRouteTable.All.Where(r => r.Parameters.Count > 0))
        {
            var pattern = RoutePatternFactory.Parse(route.FunctionsTemplate);
            foreach (var sibling in ApiRouteTable.All
                .Where(s => s != route && s.Method == route.Method && s.Parameters.Count == 0))
            {
                var values = new RouteValueDictionary();
                var matched = new TemplateMatcher(TemplateParser.Parse(route.FunctionsTemplate), [])
                        .TryMatch("/" + sibling.Template, values)
                    && pattern.ParameterPolicies.All(p => p.Value.All(policy =>
                        Constraint(policy.Content!).Match(null, null, p.Key, values, RouteDirection.IncomingRequest)));
                Assert.False(
                    matched,
                    $"{route.Name} ({route.FunctionsTemplate}) would swallow {sibling.Name} ({sibling.Template})");
            }
        }
        var get = ApiRouteTable.ByName("OpsGetInstance");
        Assert.True(new TemplateMatcher(TemplateParser.Parse(get.FunctionsTemplate), [])
            .TryMatch("/ops/instances/application-A1", new()));
    }

    [Fact]
    public async Task LocalHost_DevelopmentOnlyRoutes_AbsentFromFunctions()
    {
        var development = (await LocalHostEndpoints("Development")).Select(AsFunctionsRoute);
        var extra = development
            .Except(Metadata.Http.SelectMany(f => f.Methods.Select(m => $"{m} {f.Route}")))
            .Order()
            .ToList();
        Assert.Equal(["POST dev/clock", "POST dev/token"], extra);
    }

    [Fact]
    public void DurableTasks_SameOrchestratorsAndActivitiesInBothHosts()
    {
        Assert.Equal(DurableTasks.Orchestrators.Select(t => t.Name).Order(), Metadata.Orchestrators.Order());
        Assert.Equal(DurableTasks.Activities.Select(t => t.Name).Order(), Metadata.Activities.Order());
    }

    /// <summary>A local endpoint ("METHOD template") with the template the Functions app registers for it.</summary>
    private static string AsFunctionsRoute(string endpoint)
    {
        var (method, template) = (endpoint[..endpoint.IndexOf(' ')], endpoint[(endpoint.IndexOf(' ') + 1)..]);
        var route = ApiRouteTable.All.SingleOrDefault(r => r.Method == method && r.Template == template);
        return $"{method} {route?.FunctionsTemplate ?? template}";
    }

    private static async Task<List<string>> LocalHostEndpoints(string environment)
    {
        var app = LocalHostApp.Build(
            [$"--environment={environment}"],
            b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = TestEnvironment.StorageConnectionString,
            }));
        await using (app)
        {
            return ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
                .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods
                    .Select(m => $"{m} {e.RoutePattern.RawText!["/api/".Length..]}"))
                .ToList();
        }
    }
}
