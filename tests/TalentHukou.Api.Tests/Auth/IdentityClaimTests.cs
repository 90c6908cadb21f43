using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Auth;

/// <summary>
/// With <c>Auth:IdentityClaim</c> set, the ID number of an application is the caller's real-name-verified one, so a
/// stranger can neither block a person by submitting their number nor learn whether that number has an application.
/// </summary>
public class IdentityClaimTests(IdentityClaimTests.VerifiedHost fixture)
    : IClassFixture<IdentityClaimTests.VerifiedHost>
{
    private const string Claim = "gd_verified_id";

    private LocalHostUnderTest Host => fixture.Host;

    [Fact]
    public async Task Submit_SomebodyElsesIdNumber_403IdentityMismatch_SameAnswerWhetherOrNotItHasAnApplication()
    {
        var victim = IdNumbers.New();
        var (owner, _) = await PersonAsync(victim);
        await ApplicationFlows.SubmitAsync(owner, "E-DEMO-TECH", "manual", victim);
        var (stranger, _) = await PersonAsync(IdNumbers.New());

        var taken = await PostAsync(stranger, victim);
        var free = await PostAsync(stranger, IdNumbers.New());

        var first = await ProblemAssert.IsProblemAsync(taken, HttpStatusCode.Forbidden, "identity-mismatch");
        var second = await ProblemAssert.IsProblemAsync(free, HttpStatusCode.Forbidden, "identity-mismatch");
        Assert.Equal("申请人身份证号码与您的实名认证信息不一致", first.Str("title"));
        Assert.Equal(first.Str("detail"), second.Str("detail"));
        Assert.False(first.TryGetProperty("applicationId", out _));
        Assert.DoesNotContain(victim, await taken.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Submit_TokenWithoutTheClaim_403IdentityMismatch()
    {
        using var unverified = new HttpClient { BaseAddress = Host.BaseAddress };
        unverified.DefaultRequestHeaders.Authorization =
            new("Bearer", await Host.TokenForAsync("unverified", ["applicant"]));
        var response = await PostAsync(unverified, IdNumbers.New());
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "identity-mismatch");
        Assert.Contains("verified", problem.Str("detail"));
    }

    [Fact]
    public async Task Submit_OwnNumberTwice_409NamesTheApplicationToItsOwnerOnly()
    {
        var idNumber = IdNumbers.New();
        var (owner, _) = await PersonAsync(idNumber);
        var (first, _) = await ApplicationFlows.SubmitAsync(owner, "E-DEMO-TECH", "manual", idNumber);
        var again = await PostAsync(owner, idNumber, "E-DEMO-HAIZHU", "smart");
        var own = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "duplicate-application");
        Assert.Equal(first, own.Str("applicationId"));

        // The same verified person under a second account: told that they already applied, not under which id.
        var (otherAccount, _) = await PersonAsync(idNumber);
        var theirs = await PostAsync(otherAccount, idNumber);
        var problem = await ProblemAssert.IsProblemAsync(theirs, HttpStatusCode.Conflict, "duplicate-application");
        Assert.False(problem.TryGetProperty("applicationId", out var id) && id.ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task Review_ByTheApplicantUnderAnotherAccount_403OwnMatter_AnotherReviewerDecides()
    {
        var idNumber = IdNumbers.New();
        var (applicant, _) = await PersonAsync(idNumber);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        await ApplicationFlows.AtStageAsync(applicant, id, "hrss-review");

        var sameperson = await Host.ClientForAsync(
            "staff-" + Guid.NewGuid().ToString("N")[..8], ["reviewer"], hrss: "tianhe", idNumber: idNumber);
        var refused = await sameperson.PostAsJsonAsync(
            $"applications/{id}/review", new { approve = true, reason = "同意" });
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden, "own-matter");

        var reviewer = await Host.ClientForAsync(
            "reviewer-" + Guid.NewGuid().ToString("N")[..8], ["reviewer"], hrss: "tianhe", idNumber: IdNumbers.New());
        var decided = await reviewer.PostAsJsonAsync(
            $"applications/{id}/review", new { approve = true, reason = "材料齐全" });
        Assert.Equal(HttpStatusCode.Accepted, decided.StatusCode);
    }

    [Fact]
    public async Task Submit_HashedClaim_OwnNumberAcceptedOthersRefused_TokenHoldsNoNumber()
    {
        await using var host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Auth:IdentityClaim"] = Claim,
            ["Auth:IdentityClaimHashed"] = "true",
        });
        var idNumber = IdNumbers.New();
        var token = await host.TokenForAsync(
            "hashed-" + Guid.NewGuid().ToString("N")[..8], ["applicant"], idNumber: idNumber);
        var claim = new JsonWebToken(token).GetClaim(Claim).Value;
        Assert.Matches("^[0-9a-f]{64}$", claim);
        using var person = new HttpClient { BaseAddress = host.BaseAddress };
        person.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var other = await PostAsync(person, IdNumbers.New());
        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.Forbidden, "identity-mismatch");
        await ApplicationFlows.SubmitAsync(person, "E-DEMO-TECH", "manual", idNumber);
    }

    private static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string idNumber, string employerId = "E-DEMO-TECH", string mode = "manual") =>
        await client.PostAsJsonAsync(
            "applications", await ApplicationFlows.BodyAsync(client, employerId, mode, idNumber));

    private async Task<(HttpClient Client, string Sub)> PersonAsync(string idNumber)
    {
        var sub = "verified-" + Guid.NewGuid().ToString("N")[..8];
        return (await Host.ClientForAsync(sub, ["applicant"], idNumber: idNumber), sub);
    }

    /// <summary>A local host that requires the verified identity claim (the ID number itself).</summary>
    public sealed class VerifiedHost : IAsyncLifetime
    {
        public LocalHostUnderTest Host { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Host = await LocalHostUnderTest.StartAsync(
                settings: new Dictionary<string, string?> { ["Auth:IdentityClaim"] = Claim });

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
