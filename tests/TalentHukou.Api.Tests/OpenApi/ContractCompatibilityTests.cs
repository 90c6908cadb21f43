using System.Text.Json.Nodes;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>
/// The generated document against the last released one (docs/openapi.released.json): nothing a client relies on is
/// removed or renamed, and <c>info.version</c> moves with what was added. At a release, copy openapi.json there.
/// </summary>
public class ContractCompatibilityTests
{
    private static JsonNode Released =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "docs", "openapi.released.json")))!;

    private static JsonNode Generated => OpenApiDocumentBuilder.Build(ApiRouteTable.All);

    [Fact]
    public void OpenApiGenerated_AgainstLastRelease_RemovesAndRenamesNothing()
    {
        var broken = ContractFacts.Broken(Released, Generated);
        Assert.True(broken.Count == 0, "Breaking changes against docs/openapi.released.json (removed or renamed):\n"
            + string.Join("\n", broken.Take(40)));
    }

    [Fact]
    public void OpenApiGenerated_AgainstLastRelease_VersionFollowsTheChanges()
    {
        var released = Version.Parse(Released["info"]!["version"]!.GetValue<string>());
        var current = Version.Parse(Generated["info"]!["version"]!.GetValue<string>());
        var added = ContractFacts.Added(Released, Generated);
        if (added.Count > 0)
            Assert.True(new Version(current.Major, current.Minor) > new Version(released.Major, released.Minor),
                $"openapi.json adds {added.Count} facts (e.g. {added[0]}) to release "
                + $"{released}: bump the minor version in ContractVersion.");
        else Assert.True(current >= released, $"info.version {current} is older than the released {released}.");
    }

    [Fact]
    public void OpenApiFacts_FieldOrEnumValueRemoved_Broken()
    {
        var released = Document(
            """{ "type": "object", "properties": { "stage": { "type": "string", "enum": ["a", "b"] }, "id": """
            + """{ "type": "string" } } }""");
        var renamed = Document(
            """{ "type": "object", "properties": { "stage": { "type": "string", "enum": ["a"] }, "key": """
            + """{ "type": "string" } } }""");
        Assert.Equal(
            ["GET /x 200 application/json .id", "GET /x 200 application/json .stage= \"b\""],
            ContractFacts.Broken(released, renamed));
    }

    [Fact]
    public void OpenApiFacts_FieldAndValueAddedBehindNamedSchema_NotBroken()
    {
        var released = Document("""{ "type": "object", "properties": { "stage": { "type": "string" } } }""");
        var named = Document("""{ "$ref": "#/components/schemas/View" }""",
            """{ "View": { "type": "object", "properties": { "stage": { "anyOf": """
            + """[{ "$ref": "#/components/schemas/Stage" }, { "type": "null" }] }, "note": """
            + """{ "type": "string" } } }, "Stage": { "type": "string", "enum": ["a"] } }""");
        Assert.Empty(ContractFacts.Broken(released, named));
        Assert.Contains("GET /x 200 application/json .note", ContractFacts.Added(released, named));
        Assert.Equal(["schema View"], ContractFacts.Broken(named, released).Where(f => f == "schema View"));
    }

    private static JsonNode Document(string schema, string components = "{}") => JsonNode.Parse($$"""
        { "paths": { "/x": { "get": { "responses": { "200": {
          "content": { "application/json": { "schema": {{schema}} } } } } } } },
          "components": { "schemas": {{components}} } }
        """)!;
}
