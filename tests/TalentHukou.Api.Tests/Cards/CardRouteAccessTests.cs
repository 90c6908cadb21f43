using System.Net;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>
/// Who may download a card: its applicant and the card office; anyone else is told the application does not exist.
/// </summary>
[Collection(IssuedCardCollection.Name)]
public sealed class CardRouteAccessTests(IssuedCardFixture card)
{
    private string Url => $"applications/{card.Application.ApplicationId}/card";

    [Fact]
    public async Task Download_CardOffice_GetsThePdf()
    {
        var drc = await card.Host.ClientForAsync("drc-staff-1", ["drc"]);

        var response = await drc.GetAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..5]);
    }

    [Theory]
    [InlineData("someone-else", "applicant", null)]
    [InlineData("reviewer-th", "reviewer", "tianhe")]
    [InlineData("ops-1", "ops", null)]
    public async Task Download_AnyoneElse_404(string sub, string role, string? hrss)
    {
        var client = await card.Host.ClientForAsync(sub, [role], hrss: hrss);

        await ProblemAssert.IsProblemAsync(
            await client.GetAsync(Url), HttpStatusCode.NotFound, "application-not-found");
    }

    [Fact]
    public async Task Download_WithoutToken_401() =>
        await ProblemAssert.IsProblemAsync(
            await card.Host.Anonymous.GetAsync(Url), HttpStatusCode.Unauthorized, "unauthorized");

    [Fact]
    public async Task Download_NoCardYet_404CardNotIssued()
    {
        var waiting = await CardSagaDriver.SeedAsync(card.Host, "applicant-still-waiting");
        var owner = await card.Host.ClientForAsync(waiting.Owner, ["applicant"]);

        await ProblemAssert.IsProblemAsync(
            await owner.GetAsync($"applications/{waiting.ApplicationId}/card"),
            HttpStatusCode.NotFound,
            "card-not-issued");
    }
}
