using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Security;

/// <summary>
/// What every answer promises whatever the route (issue #27, the lows): personal data never stored by a cache, no
/// content sniffing, no raw path or query value echoed in a problem, and a control byte in a path refused as a problem.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class ResponseHygieneTests(SharedHost shared)
{
    [Fact]
    public async Task ListApplications_SignedIn_NoStoreAndNosniff()
    {
        var applicant = await shared.Host.ClientForAsync("hygiene-list", ["applicant"]);
        var response = await applicant.GetAsync("applications");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNotStoredNorSniffed(response);
    }

    [Fact]
    public async Task Problem_AnyRoute_NosniffAndNoStore()
    {
        var applicant = await shared.Host.ClientForAsync("hygiene-problem", ["applicant"]);
        AssertNotStoredNorSniffed(await applicant.GetAsync("applications/GD-none"));
        AssertNotStoredNorSniffed(await shared.Host.Anonymous.GetAsync("no/such/route"));
    }

    [Fact]
    public async Task ApplicationPath_IdNumberTyped_DetailNamesTheParameterNotTheValue()
    {
        var idNumber = IdNumbers.New();
        var applicant = await shared.Host.ClientForAsync("hygiene-echo", ["applicant"]);
        var problem = await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"applications/{idNumber}"), HttpStatusCode.NotFound, "application-not-found");
        Assert.DoesNotContain(idNumber, problem.ToString());
        Assert.Contains("applicationId", problem.GetProperty("detail").GetString());
        var registry = await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"registry/requests/{idNumber}/attachments/{idNumber}"), HttpStatusCode.NotFound,
            "registry-request-not-found");
        Assert.DoesNotContain(idNumber, registry.ToString());
    }

    [Fact]
    public async Task UnknownPath_IdNumberTyped_NotEchoed()
    {
        var idNumber = IdNumbers.New();
        var response = await shared.Host.Anonymous.GetAsync($"people/{idNumber}?idNumber={idNumber}");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "route-not-found");
        Assert.DoesNotContain(idNumber, problem.ToString());
    }

    [Fact]
    public async Task QueryValue_IdNumberTyped_NotEchoed()
    {
        var idNumber = IdNumbers.New();
        var applicant = await shared.Host.ClientForAsync("hygiene-query", ["applicant"]);
        var response = await applicant.GetAsync($"registry/majors?name=x&schoolId={idNumber}");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "school-not-found");
        Assert.DoesNotContain(idNumber, problem.ToString());
    }

    [Fact]
    public async Task KeyRotation_WrongKeyNamed_RefusalDoesNotNameTheCurrentKey()
    {
        var ops = await shared.Host.ClientForAsync("hygiene-ops", ["ops"]);
        var response = await ops.PostAsJsonAsync("ops/key-rotations", new { keyId = "k9" });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed");
        ProblemAssert.NamesField(problem, "keyId");
        Assert.DoesNotContain("k1", problem.ToString()); // the shared host's current key
    }

    [Theory]
    [InlineData("/api/applications/a%01b")]
    [InlineData("/api/applications/%7F")]
    [InlineData("/api/registry/requests/%C2%85")]
    [InlineData("/api/no/such/%1F")]
    public async Task ControlByteInPath_ProblemJson400(string path)
    {
        var response = await shared.Host.Anonymous.GetAsync(new Uri(shared.Host.BaseAddress, path));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid-path");
        AssertNotStoredNorSniffed(response);
    }

    /// <summary>
    /// Kestrel refuses a NUL in the request target while it parses the request line, before any application code:
    /// a bare 400 and the connection closed. Pinned here so a change of server behaviour is noticed.
    /// </summary>
    [Fact]
    public async Task NulInPath_RefusedByTheServerBeforeTheApplication()
    {
        using var client = new HttpClient { BaseAddress = shared.Host.BaseAddress };
        var response = await client.GetAsync(new Uri(shared.Host.BaseAddress, "/api/applications/%00"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    private static void AssertNotStoredNorSniffed(HttpResponseMessage response)
    {
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
