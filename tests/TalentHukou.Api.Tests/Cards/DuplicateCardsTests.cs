using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Domain.Privacy;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>
/// Duplicate cards issued before the one-card guard (issue #27 item 2): found, all but the first revoked, public
/// security told, audited; a second run revokes nothing; the revoking run is admin only.
/// </summary>
/// <remarks>
/// On the fault host (faults off here): its clock is not accelerated, so the first card stays in date while the test
/// runs (on the shared host a validity period passes in about a minute).
/// </remarks>
[Collection(FaultHostCollection.Name)]
public sealed class DuplicateCardsTests(FaultHostFixture faults)
{
    private Testing.LocalHostUnderTest Host => faults.Host;

    [Fact]
    public async Task DuplicateCards_TwoValidCardsForOnePerson_LaterRevokedFirstKeptPsbToldAudited()
    {
        var (first, later, person) = await PlantDuplicateAsync();
        var admin = await Host.ClientForAsync("admin-duplicates", ["admin"]);
        var ops = await Host.ClientForAsync("ops-duplicates", ["ops"]);
        var psb = await Host.ClientForAsync("psb-duplicates", ["psb"]);

        var dry = await RunAsync(ops, dryRun: true);
        Assert.True(dry.GetProperty("persons").GetInt32() >= 1);
        Assert.True(dry.GetProperty("duplicates").GetInt32() >= 1);
        Assert.Empty(dry.GetProperty("revoked").EnumerateArray());
        Assert.Equal("valid", (await VerifyAsync(later.CardNumber!)).GetProperty("status").GetString());

        using (var refused = await ops.PostAsJsonAsync("ops/cards/duplicates", new { dryRun = false }))
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using (var missing = await admin.PostAsJsonAsync("ops/cards/duplicates", new { }))
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("valid", (await VerifyAsync(later.CardNumber!)).GetProperty("status").GetString());

        var run = await RunAsync(admin, dryRun: false);
        var revoked = run.GetProperty("revoked").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(Masking.CardNumber(later.CardNumber), revoked);
        Assert.DoesNotContain(Masking.CardNumber(first.CardNumber), revoked);
        Assert.DoesNotContain(later.CardNumber!, run.GetRawText(), StringComparison.Ordinal);

        var revokedView = await VerifyAsync(later.CardNumber!);
        Assert.False(revokedView.GetProperty("valid").GetBoolean());
        Assert.Equal("revoked", revokedView.GetProperty("status").GetString());
        Assert.True((await VerifyAsync(first.CardNumber!)).GetProperty("valid").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, await CrossCheckAsync(psb, person, later.CardNumber!));
        Assert.Equal(HttpStatusCode.OK, await CrossCheckAsync(psb, person, first.CardNumber!));

        var audit = await Host.Services.GetRequiredService<AuditTrail>().QueryAsync(
            new AuditQuery("admin-duplicates", "card.revoke-duplicate", later.ApplicationId, null, null), 10, null,
            CancellationToken.None);
        var entry = Assert.Single(audit.Items);
        Assert.Equal("revoked", entry.Outcome);
        Assert.Contains(Masking.CardNumber(later.CardNumber), entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(later.CardNumber!, entry.Detail, StringComparison.Ordinal);

        var again = await RunAsync(admin, dryRun: false);
        Assert.Empty(again.GetProperty("revoked").EnumerateArray());
        Assert.Equal(0, again.GetProperty("persons").GetInt32());
        Assert.True((await VerifyAsync(first.CardNumber!)).GetProperty("valid").GetBoolean());
    }

    /// <summary>
    /// Two cards for one person as a pre-guard issue left them: the first saga's holder row is removed (no such rows
    /// existed then) before the second saga runs, so both are issued and registered with public security.
    /// </summary>
    private async Task<(CardIssuanceResultView First, CardIssuanceResultView Later, SeededApplication Person)>
        PlantDuplicateAsync()
    {
        var idNumber = TestIdNumbers.Next();
        var a = await CardSagaDriver.SeedAsync(Host, "applicant-dup-a", idNumber: idNumber);
        var first = await CardSagaDriver.RunAsync(Host, a.ApplicationId);
        Assert.True(first.Issued, first.Reason);
        var indexes = Host.Services.GetRequiredService<PersonalDataProtector>().IndexesOf(idNumber);
        await Host.Services.GetRequiredService<CardHolderClaims>()
            .ReleaseAsync(indexes, a.ApplicationId, CancellationToken.None);

        var b = await CardSagaDriver.SeedAsync(Host, "applicant-dup-b", idNumber: idNumber);
        var later = await CardSagaDriver.RunAsync(Host, b.ApplicationId);
        Assert.True(later.Issued, later.Reason);
        var psb = await Host.ClientForAsync("psb-duplicates", ["psb"]);
        Assert.Equal(HttpStatusCode.OK, await CrossCheckAsync(psb, a, first.CardNumber!));
        Assert.Equal(HttpStatusCode.OK, await CrossCheckAsync(psb, a, later.CardNumber!));
        return (new(a.ApplicationId, first.CardNumber), new(b.ApplicationId, later.CardNumber), a);
    }

    private static async Task<JsonElement> RunAsync(HttpClient client, bool dryRun)
    {
        using var response = await client.PostAsJsonAsync("ops/cards/duplicates", new { dryRun });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    private async Task<JsonElement> VerifyAsync(string cardNumber)
    {
        using var response = await Host.Anonymous.GetAsync($"cards/{cardNumber}/verification");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    private static async Task<HttpStatusCode> CrossCheckAsync(
        HttpClient psb, SeededApplication person, string cardNumber)
    {
        using var response = await psb.PostAsJsonAsync("psb/cross-checks",
            new { name = person.Name, idNumber = person.IdNumber, cardNumber });
        return response.StatusCode;
    }

    private sealed record CardIssuanceResultView(string ApplicationId, string? CardNumber);
}
