using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Tests.Cards;
using TalentHukou.Testing.Cards;

namespace TalentHukou.Adapters.Tests.Cards;

public sealed class CardSignaturePayloadTests
{
    [Fact]
    public void ToCanonicalString_SampleCard_IsFixedLinesInFixedOrder()
    {
        var payload = CardTestData.Payload(CardTestData.Card());

        Assert.Equal(
            "version=2\ncardNumber=R2601234567805\nissuedAt=2026-03-02T01:30:15Z\nvalidUntil=2026-09-01\n" +
            $"issuer=广州市发展和改革委员会\nholderDigest={CardTestData.KeyedHolderDigest}",
            payload.ToCanonicalString());
    }

    [Fact]
    public void For_IssuedAtWithOffsetAndMilliseconds_IsUtcWholeSeconds()
    {
        var card = CardTestData.Card() with
        {
            IssuedAt = new DateTimeOffset(2026, 3, 2, 9, 30, 15, 789, TimeSpan.FromHours(8)),
        };

        var payload = CardTestData.Payload(card);

        Assert.Equal(CardTestData.IssuedAt, payload.IssuedAt);
        Assert.Contains("issuedAt=2026-03-02T01:30:15Z", payload.ToCanonicalString());
    }

    [Theory]
    [InlineData("陈思远", "44010619900101123X")]
    [InlineData("\u3000陈思远 ", "44010619900101123x ")]
    public void CardHolderDigest_NormalisedNameAndId_EqualsKnownValue(string name, string idNumber) =>
        Assert.Equal(
            CardTestData.KeyedHolderDigest,
            CardTestData.HolderDigest.Compute("R2601234567805", name, idNumber));

    [Fact]
    public void CardHolderDigest_AnotherPrivacySecret_GivesAnotherDigest()
    {
        var other = new CardHolderDigest(new Adapters.Privacy.PersonalDataProtector(
            Microsoft.Extensions.Options.Options.Create(
                new Adapters.Privacy.PrivacyOptions { IdIndexKey = new string('k', 40) })));

        Assert.NotEqual(CardTestData.KeyedHolderDigest, other.Compute("R2601234567805", "陈思远", CardTestData.IdNumber));
    }

    [Theory]
    [InlineData(CardSignaturePayload.UnkeyedDigestVersion, CardTestData.UnkeyedHolderDigest, true)]
    [InlineData(CardSignaturePayload.UnkeyedDigestVersion, CardTestData.KeyedHolderDigest, false)]
    [InlineData(CardSignaturePayload.CurrentVersion, CardTestData.KeyedHolderDigest, true)]
    [InlineData(CardSignaturePayload.CurrentVersion, CardTestData.UnkeyedHolderDigest, false)]
    public void CardHolderDigest_Matches_UsesTheDigestOfThePayloadVersion(int version, string digest, bool matches) =>
        Assert.Equal(
            matches,
            CardTestData.HolderDigest.Matches(digest, version, "R2601234567805", "陈思远", CardTestData.IdNumber));

    [Fact]
    public void For_UnknownIssuer_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            CardTestData.Payload(CardTestData.Card() with { Issuer = "广州市人力资源和社会保障局" }));

    [Theory]
    [InlineData("R260123456780")]
    [InlineData("X2601234567805")]
    [InlineData("R26O1234567805")]
    public void For_MalformedCardNumber_Throws(string cardNumber) =>
        Assert.Throws<ArgumentException>(
            () => CardSignaturePayload.For(CardTestData.Card(cardNumber), CardTestData.KeyedHolderDigest));

    [Fact]
    public void Mask_CardNumber_KeepsFirstThreeAndLastTwo() =>
        Assert.Equal("R22*********05", CardNumber.Mask("R2212345678905"));
}
