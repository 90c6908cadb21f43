using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Platform;

[Collection(SharedHostCollection.Name)]
public class PlatformApiTests(SharedHost shared)
{
    private HttpClient Client => shared.Host.Anonymous;

    [Fact]
    public async Task Health_Anonymous_StatusOnly()
    {
        var response = await Client.GetAsync("health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal(["status"], body.EnumerateObject().Select(p => p.Name).ToArray());
        var applicant = await shared.Host.ClientForAsync("health-applicant", ["applicant"]);
        var signedIn = JsonDocument.Parse(await applicant.GetStringAsync("health")).RootElement;
        Assert.False(signedIn.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task Health_Ops_StorageDurableAndEmailUp_ReportsOk()
    {
        var ops = await shared.Host.ClientForAsync("health-ops", ["ops"]);
        var response = await ops.GetAsync("health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("durable").GetProperty("status").GetString());
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("email").GetProperty("status").GetString());
    }

    [Fact]
    public async Task InteractiveReference_Development_ServedOverTheOpenApiDocument()
    {
        var html = await Client.GetStringAsync("../reference/");
        // relative to /reference/: the document at /api/openapi.json
        Assert.Contains("\"url\":\"../api/openapi.json\"", html);
        Assert.Contains("\"openapi\": \"3.1.0\"", await Client.GetStringAsync("openapi.json"));
    }

    [Fact]
    public async Task UnknownRoute_ProblemNotFound() =>
        await ProblemAssert.IsProblemAsync(
            await Client.GetAsync("no/such/route"), HttpStatusCode.NotFound, "route-not-found");

    [Fact]
    public async Task DevToken_BrokenJson_ProblemInvalidJson() =>
        await ProblemAssert.IsProblemAsync(
            await Client.PostAsync("dev/token", Json("{\"sub\": \"a\", ")), HttpStatusCode.BadRequest, "invalid-json");

    [Fact]
    public async Task DevToken_WrongJsonTypes_ProblemInvalidJson() =>
        await ProblemAssert.IsProblemAsync(
            await Client.PostAsync("dev/token", Json("{\"sub\": 5, \"roles\": \"applicant\"}")),
            HttpStatusCode.BadRequest,
            "invalid-json");

    [Fact]
    public async Task DevToken_JsonNull_ProblemInvalidJson() =>
        await ProblemAssert.IsProblemAsync(
            await Client.PostAsync("dev/token", Json("null")), HttpStatusCode.BadRequest, "invalid-json");

    [Fact]
    public async Task DevToken_WrongContentType_ProblemUnsupportedMediaType() =>
        await ProblemAssert.IsProblemAsync(
            await Client.PostAsync("dev/token", new StringContent("sub=a", Encoding.UTF8, "text/plain")),
            HttpStatusCode.UnsupportedMediaType,
            "unsupported-media-type");

    [Fact]
    public async Task DevToken_OversizeBody_ProblemPayloadTooLarge() =>
        await ProblemAssert.IsProblemAsync(
            await Client.PostAsync("dev/token", Json($"{{\"sub\":\"{new string('a', 70_000)}\"}}")),
            HttpStatusCode.RequestEntityTooLarge,
            "payload-too-large");

    [Fact]
    public async Task DevToken_OversizeChunkedBody_ProblemPayloadTooLarge()
    {
        var content = new StreamContent(
            new MemoryStream(Encoding.UTF8.GetBytes($"{{\"sub\":\"{new string('a', 70_000)}\"}}")));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "dev/token") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        await ProblemAssert.IsProblemAsync(
            await Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
    }

    [Fact]
    public async Task DevToken_DeeplyNestedJson_ProblemInvalidJson() =>
        await ProblemAssert.IsProblemAsync(
            await Client.PostAsync(
                "dev/token",
                Json("{\"sub\":\"a\",\"roles\":" + new string('[', 100) + new string(']', 100) + "}")),
            HttpStatusCode.BadRequest,
            "invalid-json");

    [Fact]
    public async Task DevToken_UnknownRole_ProblemNamingRoles()
    {
        var response = await Client.PostAsJsonAsync("dev/token", new { sub = "u1", roles = new[] { "emperor" } });
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed"), "roles");
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
