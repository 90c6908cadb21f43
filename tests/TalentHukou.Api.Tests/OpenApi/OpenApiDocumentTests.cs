using Microsoft.OpenApi;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.OpenApi;

public class OpenApiDocumentTests
{
    /// <summary>Every route of ../shared/api-contract.md, as method and path.</summary>
    public static TheoryData<string, string> ContractRoutes => new()
    {
        { "GET", "/registry/employers" }, { "POST", "/registry/employer-requests" },
        { "POST", "/registry/school-requests" }, { "POST", "/registry/major-requests" },
        { "GET", "/registry/requests/{requestId}" }, { "GET", "/registry/requests" },
        { "POST", "/registry/requests/{requestId}/decision" }, { "GET", "/registry/schools" },
        { "GET", "/registry/majors" },
        { "POST", "/unit-admins/requests" }, { "POST", "/unit-admins/requests/{requestId}/decision" },
        { "POST", "/applications" }, { "GET", "/applications/{applicationId}" }, { "GET", "/applications" },
        { "POST", "/applications/{applicationId}/unit-review" }, { "POST", "/applications/{applicationId}/review" },
        { "POST", "/applications/{applicationId}/objections" },
        { "POST", "/applications/{applicationId}/objections/{objectionId}/resolution" },
        { "POST", "/applications/{applicationId}/card/issue" },
        { "POST", "/applications/{applicationId}/card/generate" },
        { "GET", "/applications/{applicationId}/card" }, { "GET", "/cards/{cardNumber}/verification" },
        { "POST", "/psb/cross-checks" },
        { "POST", "/support/tickets" }, { "GET", "/support/tickets/{ticketId}" }, { "GET", "/support/tickets" },
        { "POST", "/support/tickets/{ticketId}/reply" }, { "GET", "/contacts" }, { "GET", "/calendar/working-days" },
        { "GET", "/health" },
        { "GET", "/ops/instances" }, { "GET", "/ops/instances/{instanceId}" },
        { "POST", "/ops/instances/{instanceId}/terminate" }, { "POST", "/ops/instances/{instanceId}/suspend" },
        { "POST", "/ops/instances/{instanceId}/resume" }, { "POST", "/ops/instances/{instanceId}/restart" },
        { "POST", "/ops/instances/{instanceId}/events/{eventName}" }, { "DELETE", "/ops/instances/{instanceId}" },
        { "GET", "/ops/metrics" }, { "GET", "/ops" },
        { "GET", "/admin/staff" }, { "PUT", "/admin/staff/{subject}" }, { "DELETE", "/admin/staff/{subject}" },
    };

    private static string CheckedInPath => Path.Combine(TestEnvironment.RepoRoot, "openapi.json");

    [Fact]
    public void CheckedInDocument_EqualsGenerated()
    {
        var generated = OpenApiDocumentBuilder.BuildJson(ApiRouteTable.All) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1") File.WriteAllText(CheckedInPath, generated);
        Assert.True(File.Exists(CheckedInPath), "openapi.json is missing; run the tests once with UPDATE_OPENAPI=1.");
        Assert.True(generated == File.ReadAllText(CheckedInPath).ReplaceLineEndings("\n"),
            "openapi.json differs from the route table; regenerate it: "
            + "UPDATE_OPENAPI=1 dotnet test tests/TalentHukou.Api.Tests --filter OpenApi");
    }

    [Theory]
    [MemberData(nameof(ContractRoutes))]
    public void ContractRoute_PresentWithSecurityBodyAndProblems(string method, string path)
    {
        var document = Parse();
        Assert.True(document.Paths.TryGetValue(path, out var item), $"{path} is missing");
        var operation = item!.Operations!.Single(o => o.Key.Method == method).Value;
        var route = ApiRouteTable.All.Single(r => "/" + r.Path == path && r.Method == method);
        Assert.Equal(!route.Access.Anonymous, operation.Security is { Count: > 0 });
        if (method == "POST" && (route.Doc!.Request is not null || route.Doc.Multipart.Count > 0))
            // Every media type the route takes (JSON, or multipart with files as well) has a schema.
            Assert.All(
                Assert.IsAssignableFrom<IEnumerable<IOpenApiMediaType>>(operation.RequestBody?.Content?.Values),
                c => Assert.NotNull(c.Schema));
        Assert.All(
            new[] { "400", "500" },
            status => Assert.True(operation.Responses!.ContainsKey(status), $"{method} {path} lacks {status}"));
        Assert.True(operation.Responses!["400"].Content!.ContainsKey("application/problem+json"));
    }

    [Fact]
    public void EveryRoute_Documented() =>
        Assert.All(ApiRouteTable.All, r => Assert.True(r.Doc is not null, $"{r.Name} has no Doc"));

    private static OpenApiDocument Parse()
    {
        var result = OpenApiDocument.Parse(File.ReadAllText(CheckedInPath), "json");
        Assert.True(
            (result.Diagnostic?.Errors ?? []).Count == 0,
            string.Join("; ", (result.Diagnostic?.Errors ?? []).Select(e => e.Pointer + " " + e.Message)));
        return result.Document!;
    }
}
