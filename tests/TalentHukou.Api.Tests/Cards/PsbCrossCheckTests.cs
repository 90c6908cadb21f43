using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>The simulated public-security cross-check (入户复核, seed Q7) against a card the saga registered.</summary>
[Collection(IssuedCardCollection.Name)]
public sealed class PsbCrossCheckTests(IssuedCardFixture card)
{
    /// <summary>
    /// Seed Q7's message, copied character for character from the FAQ (its example card is R22*********05).
    /// </summary>
    private const string SeedMessage = "指标卡号:R22*********05,无此指标卡信息,请核对姓名、身份证号、指标卡号或与发卡部门联系核对";

    [Fact]
    public void SeedMessage_IsTheFaqsWording()
    {
        // The seed lives beside the repository on our machines (../shared, or ../../shared from a worktree); CI may
        // lack it.
        var faq = new[] { "..", "../.." }
            .Select(up => Path.GetFullPath(Path.Combine(TestEnvironment.RepoRoot, up, "shared", "seed", "faq.zh.txt")))
            .FirstOrDefault(File.Exists);
        if (faq is not null) Assert.Contains(SeedMessage, File.ReadAllText(faq));
    }

    [Fact]
    public async Task CrossCheck_PublicSecurity_KnownCard_FoundTrue()
    {
        var psb = await card.Host.ClientForAsync("psb-system", ["psb"]);

        var found = await Json.PostOkAsync(psb, "psb/cross-checks", Body(), HttpStatusCode.OK);

        Assert.True(found.GetProperty("found").GetBoolean());
    }

    [Fact]
    public async Task CrossCheck_OwnerApplicant_FoundTrue() =>
        await Json.PostOkAsync(await card.OwnerAsync(), "psb/cross-checks", Body(), HttpStatusCode.OK);

    [Fact]
    public async Task CrossCheck_WrongIdNumber_404WithTheSeedsMessageCharacterForCharacter()
    {
        var psb = await card.Host.ClientForAsync("psb-system", ["psb"]);

        var response = await psb.PostAsJsonAsync("psb/cross-checks", Body(idNumber: TestIdNumbers.Next()));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "psb-card-not-found");
        var masked = card.CardNumber[..3] + "*********" + card.CardNumber[^2..];
        Assert.Equal(SeedMessage.Replace("R22*********05", masked, StringComparison.Ordinal), problem.Str("title"));
        Assert.DoesNotContain(card.CardNumber, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CrossCheck_TheSeedsOwnExample_404WithExactlyTheSeedsMessage()
    {
        var psb = await card.Host.ClientForAsync("psb-system", ["psb"]);

        var response = await psb.PostAsJsonAsync("psb/cross-checks", Body(cardNumber: "R2212345678905"));

        Assert.Equal(
            SeedMessage,
            (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "psb-card-not-found")).Str("title"));
    }

    [Fact]
    public async Task CrossCheck_AnotherApplicantsCard_404LikeAnUnknownCard()
    {
        var other = await card.Host.ClientForAsync("someone-else", ["applicant"]);

        var response = await other.PostAsJsonAsync("psb/cross-checks", Body());

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "psb-card-not-found");
    }

    [Fact]
    public async Task CrossCheck_WrongRole_403()
    {
        var reviewer = await card.Host.ClientForAsync("reviewer-th", ["reviewer"], hrss: "tianhe");

        await ProblemAssert.IsProblemAsync(
            await reviewer.PostAsJsonAsync("psb/cross-checks", Body()), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task CrossCheck_MissingFields_400NamingEach()
    {
        var psb = await card.Host.ClientForAsync("psb-system", ["psb"]);

        var problem = await ProblemAssert.IsProblemAsync(
            await psb.PostAsJsonAsync("psb/cross-checks", new { name = " " }),
            HttpStatusCode.BadRequest,
            "validation-failed");

        foreach (var field in new[] { "name", "idNumber", "cardNumber" }) ProblemAssert.NamesField(problem, field);
    }

    private object Body(string? idNumber = null, string? cardNumber = null) =>
        new
        {
            name = card.Application.Name,
            idNumber = idNumber ?? card.Application.IdNumber,
            cardNumber = cardNumber ?? card.CardNumber
        };
}
