using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Registry;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Platform;

/// <summary>A host that allows one front-end origin.</summary>
public sealed class CorsHost : IAsyncLifetime
{
    public LocalHostUnderTest Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LocalHostUnderTest.StartAsync(
        settings: new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins:0"] = "http://localhost:5173",
        });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>What front ends rely on beyond the bodies: CORS, ETag/304 for polling, Retry-After on 202.</summary>
public class HttpProtocolTests(CorsHost fixture) : IClassFixture<CorsHost>
{
    private LocalHostUnderTest Host => fixture.Host;

    [Fact]
    public async Task Preflight_AllowedOrigin_AnsweredWithExposedHeaders()
    {
        var response = await Preflight("http://localhost:5173", "registry/employer-requests");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("http://localhost:5173", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        var get = new HttpRequestMessage(HttpMethod.Get, "health");
        get.Headers.Add("Origin", "http://localhost:5173");
        var actual = await Host.Anonymous.SendAsync(get);
        var exposed = string.Join(",", actual.Headers.GetValues("Access-Control-Expose-Headers"));
        foreach (var header in new[] { "Location", "Retry-After", "ETag" }) Assert.Contains(header, exposed);
    }

    [Fact]
    public async Task Preflight_OtherOrigin_Refused()
    {
        var response = await Preflight("https://evil.example", "registry/employer-requests");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task StatusResource_SameVersion_304ThenChanged200()
    {
        var applicant = await Host.ClientForAsync("etag-user", ["applicant"]);
        var admin = await Host.ClientForAsync("admin", ["registry-admin"]);
        var filed = await applicant.PostAsJsonAsync(
            "registry/employer-requests",
            EmployerRegistryTests.NewEmployer("广州缓存示范有限公司" + Random.Shared.Next(1000, 9999)));
        Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), filed.Headers.RetryAfter!.Delta);
        var url = filed.Headers.Location!.ToString()["/api/".Length..];

        var first = await applicant.GetAsync(url);
        var etag = first.Headers.ETag!;
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await applicant.SendAsync(again)).StatusCode);

        var id = (await Json.ReadAsync(first)).Str("requestId");
        await Json.PostOkAsync(
            admin, $"registry/requests/{id}/decision", new { approve = false, reason = "测试" }, HttpStatusCode.OK);
        var changed = new HttpRequestMessage(HttpMethod.Get, url);
        changed.Headers.IfNoneMatch.Add(etag);
        var response = await applicant.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag);
    }

    private Task<HttpResponseMessage> Preflight(string origin, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
        return Host.Anonymous.SendAsync(request);
    }
}
