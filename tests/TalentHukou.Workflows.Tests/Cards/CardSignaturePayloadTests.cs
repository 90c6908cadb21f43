using TalentHukou.Workflows.Cards;

namespace TalentHukou.Workflows.Tests.Cards;

public sealed class CardSignaturePayloadTests
{
    // SHA-256 of "R2601234567805\n陈思远\n44010619900101123X", computed outside .NET.
    private const string SampleHolderDigest = "S3BDJ1PCZ0FmZKoZQwO72YL9Y_mlH0jmiUyZeP1IwO4";

    [Fact]
    public void ToCanonicalString_SampleCard_IsFixedLinesInFixedOrder()
    {
        var payload = CardSignaturePayload.For(CardTestData.Card(), CardTestData.IdNumber);

        Assert.Equal(
            "version=1\ncardNumber=R2601234567805\nissuedAt=2026-03-02T01:30:15Z\nvalidUntil=2026-09-01\n" +
            $"issuer=广州市发展和改革委员会\nholderDigest={SampleHolderDigest}",
            payload.ToCanonicalString());
    }

    [Fact]
    public void For_IssuedAtWithOffsetAndMilliseconds_IsUtcWholeSeconds()
    {
        var card = CardTestData.Card() with { IssuedAt = new DateTimeOffset(2026, 3, 2, 9, 30, 15, 789, TimeSpan.FromHours(8)) };

        var payload = CardSignaturePayload.For(card, CardTestData.IdNumber);

        Assert.Equal(CardTestData.IssuedAt, payload.IssuedAt);
        Assert.Contains("issuedAt=2026-03-02T01:30:15Z", payload.ToCanonicalString());
    }

    [Theory]
    [InlineData("陈思远", "44010619900101123X")]
    [InlineData("\u3000陈思远 ", "44010619900101123x ")]
    public void CardHolderDigest_NormalisedNameAndId_EqualsKnownValue(string name, string idNumber) =>
        Assert.Equal(SampleHolderDigest, CardHolderDigest.Compute("R2601234567805", name, idNumber));

    [Fact]
    public void For_UnknownIssuer_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            CardSignaturePayload.For(CardTestData.Card() with { Issuer = "广州市人力资源和社会保障局" }, CardTestData.IdNumber));

    [Theory]
    [InlineData("R260123456780")]
    [InlineData("X2601234567805")]
    [InlineData("R26O1234567805")]
    public void For_MalformedCardNumber_Throws(string cardNumber) =>
        Assert.Throws<ArgumentException>(() => CardSignaturePayload.For(CardTestData.Card(cardNumber), CardTestData.IdNumber));

    [Fact]
    public void Mask_CardNumber_KeepsFirstThreeAndLastTwo() =>
        Assert.Equal("R22*********05", CardNumber.Mask("R2212345678905"));
}
