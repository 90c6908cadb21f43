using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Tests.Cards;
using TalentHukou.Testing.Cards;

namespace TalentHukou.Adapters.Tests.Cards;

public sealed class CardVerificationLinkTests
{
    private static readonly CardSignature Sample = new(
        CardTestData.Payload(CardTestData.Card()), "0123456789abcdef", new string('A', 86));

    [Fact]
    public void Build_SampleSignature_IsPathPlusUrlSafeQuery()
    {
        var url = CardTestData.Link("https://rc.example.gz.gov.cn/").Build(Sample);

        Assert.Equal(
            "https://rc.example.gz.gov.cn/api/cards/R2601234567805/verification" +
            ($"?v=2&iat=1772415015&exp=2026-09-01&hd={Sample.Payload.HolderDigest}" +
                $"&kid=0123456789abcdef&sig={Sample.Value}"),
            url.AbsoluteUri);
    }

    [Fact]
    public void TryParse_BuiltUrl_RoundTripsTheSignature()
    {
        var url = CardTestData.Link().Build(Sample);

        Assert.True(CardVerificationLink.TryParse(url, out var parsed));
        Assert.Equal(Sample, parsed);
    }

    [Fact]
    public void TryParse_DefaultLocalBaseUrl_RoundTrips()
    {
        var url = CardTestData.Link(new CardsOptions().PublicBaseUrl).Build(Sample);

        Assert.StartsWith("http://localhost:7071/api/cards/", url.AbsoluteUri);
        Assert.True(CardVerificationLink.TryParse(url, out _));
    }

    public static TheoryData<string> MalformedQueries => new()
    {
        "iat=abc&exp=2026-09-01&hd={hd}&kid=k1&sig=AAAA",
        "iat=-5&exp=2026-09-01&hd={hd}&kid=k1&sig=AAAA",
        "iat=1772415015&exp=20260901&hd={hd}&kid=k1&sig=AAAA",
        "iat=1772415015&exp=2026-09-01&hd=short&kid=k1&sig=AAAA",
        "iat=1772415015&exp=2026-09-01&hd={hd}&kid=../../secrets&sig=AAAA",
        "iat=1772415015&exp=2026-09-01&hd={hd}&kid=k1&sig=not*base64",
        "iat=1772415015&exp=2026-09-01&hd={hd}&kid=k1",
        "iat=1&iat=2&exp=2026-09-01&hd={hd}&kid=k1&sig=AAAA",
        "v=3&iat=1772415015&exp=2026-09-01&hd={hd}&kid=k1&sig=AAAA",
        "v=two&iat=1772415015&exp=2026-09-01&hd={hd}&kid=k1&sig=AAAA",
        "v=-1&iat=1772415015&exp=2026-09-01&hd={hd}&kid=k1&sig=AAAA",
    };

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public void TryParse_MalformedQuery_ReturnsFalse(string query)
    {
        var url = new Uri(
            $"https://x.test/api/cards/R2601234567805/verification?"
            + $"{query.Replace("{hd}", Sample.Payload.HolderDigest)}");

        Assert.False(CardVerificationLink.TryParse(url, out var parsed));
        Assert.Null(parsed);
    }

    [Theory]
    [InlineData("https://x.test/api/cards/R260123456780/verification")]
    [InlineData("https://x.test/api/cards/R2601234567805/verify")]
    [InlineData("https://x.test/cards/R2601234567805/verification")]
    public void TryParse_WrongPathOrCardNumber_ReturnsFalse(string path)
    {
        var url = new Uri(path + new Uri(CardTestData.Link().Build(Sample).AbsoluteUri).Query);

        Assert.False(CardVerificationLink.TryParse(url, out _));
    }

    [Fact]
    public void TryParse_EndpointQueryValues_MatchesUrlParse()
    {
        var query = new CardVerificationQuery(
            "2", "1772415015", "2026-09-01", Sample.Payload.HolderDigest, "0123456789abcdef", Sample.Value);

        Assert.True(CardVerificationLink.TryParse("R2601234567805", query, out var parsed));
        Assert.Equal(Sample, parsed);
    }

    [Fact]
    public void TryParse_LinkWithoutVersion_IsAVersion1Card()
    {
        var printedBeforeVersions = CardTestData.Link()
            .Build(Sample)
            .AbsoluteUri.Replace("?v=2&", "?", StringComparison.Ordinal);

        Assert.True(CardVerificationLink.TryParse(new Uri(printedBeforeVersions), out var parsed));
        Assert.Equal(CardSignaturePayload.UnkeyedDigestVersion, parsed.Payload.Version);
    }
}
