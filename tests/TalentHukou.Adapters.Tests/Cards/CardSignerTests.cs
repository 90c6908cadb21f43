using Microsoft.Extensions.Time.Testing;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Tests.Cards;
using TalentHukou.Testing.Cards;

namespace TalentHukou.Adapters.Tests.Cards;

public sealed class CardSignerTests : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly LocalCardSigningKeyProvider keys;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly CardVerifier verifier;

    public CardSignerTests()
    {
        keys = CardTestData.LocalKeys(directory.File("keys/card-signing.pem"));
        verifier = CardTestData.Verifier(keys, time);
    }

    public void Dispose() => directory.Dispose();

    private Task<CardSignature> SignAsync() =>
        CardTestData.Signer(keys).SignAsync(CardTestData.Card(), CardTestData.IdNumber);

    [Fact]
    public async Task VerifyAsync_UntouchedSignature_IsValidWithIssuedAtAndIssuer()
    {
        var result = await verifier.VerifyAsync(await SignAsync());

        Assert.Equal(
            new CardVerificationResult(true, null, CardTestData.IssuedAt, CardIssuers.GuangzhouDrc, null),
            result);
    }

    [Fact]
    public async Task SignAsync_AnyCard_SignatureIs64BytesP1363WithLocalKeyId()
    {
        var signature = await SignAsync();

        Assert.Equal(64, System.Buffers.Text.Base64Url.DecodeFromChars(signature.Value).Length);
        Assert.Equal(keys.GetKeyId(), signature.KeyId);
    }

    public static TheoryData<string> Tamperings =>
        ["cardNumber", "issuedAt", "validUntil", "holderDigest", "signatureByte"];

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task VerifyAsync_TamperedField_IsBadSignature(string field)
    {
        var signature = await SignAsync();
        var payload = signature.Payload;
        var tampered = field switch
        {
            "cardNumber" => signature with { Payload = payload with { CardNumber = "R2601234567806" } },
            "issuedAt" => signature with { Payload = payload with { IssuedAt = payload.IssuedAt.AddSeconds(1) } },
            "validUntil" => signature with { Payload = payload with { ValidUntil = payload.ValidUntil.AddYears(1) } },
            "holderDigest" => signature with
            {
                Payload = payload with
                {
                    HolderDigest = CardTestData.HolderDigest.Compute(payload.CardNumber, "陈思远", "440106199001011234"),
                },
            },
            _ => signature with { Value = FlipFirstByte(signature.Value) },
        };

        var result = await verifier.VerifyAsync(tampered, "陈思远", CardTestData.IdNumber);

        Assert.Equal(CardVerificationResult.Rejected(CardVerificationReasons.BadSignature), result);
    }

    [Theory]
    [InlineData("陈思远", "44010619900101123X")]
    [InlineData(" 陈思远 ", "44010619900101123x")]
    [InlineData("陈思远", "４４０１０６１９９００１０１１２３Ｘ")]
    public async Task VerifyAsync_HolderNameAndIdNumber_Match(string name, string idNumber)
    {
        var result = await verifier.VerifyAsync(await SignAsync(), name, idNumber);

        Assert.True(result.Valid);
        Assert.True(result.HolderMatches);
    }

    [Fact]
    public async Task VerifyAsync_Version1CardWithUnkeyedDigest_StillMatchesItsHolder()
    {
        // A card signed before holder digests were keyed: its payload says version 1, its digest is the plain SHA-256.
        var payload = new CardSignaturePayload(
            "R2601234567805",
            CardTestData.IssuedAt,
            new DateOnly(2026, 9, 1),
            CardIssuers.GuangzhouDrc,
            CardTestData.UnkeyedHolderDigest,
            CardSignaturePayload.UnkeyedDigestVersion);
        var signed = await keys.SignAsync(payload.ToCanonicalBytes());
        var old = new CardSignature(
            payload, signed.KeyId, System.Buffers.Text.Base64Url.EncodeToString(signed.Signature));

        Assert.Equal(true, (await verifier.VerifyAsync(old, "陈思远", CardTestData.IdNumber)).HolderMatches);
        Assert.Equal(false, (await verifier.VerifyAsync(old, "陈思远", "440106199001011234")).HolderMatches);
    }

    [Theory]
    [InlineData("陈思源", "44010619900101123X")]
    [InlineData("陈思远", "440106199001011234")]
    public async Task VerifyAsync_OtherNameOrIdNumber_DoesNotMatchButStaysValid(string name, string idNumber)
    {
        var result = await verifier.VerifyAsync(await SignAsync(), name, idNumber);

        Assert.True(result.Valid);
        Assert.False(result.HolderMatches);
    }

    [Fact]
    public async Task VerifyAsync_UnknownKeyId_IsUnknownKey()
    {
        var signature = await SignAsync() with { KeyId = "0123456789abcdef" };

        var result = await verifier.VerifyAsync(signature);

        Assert.Equal(CardVerificationResult.Rejected(CardVerificationReasons.UnknownKey), result);
    }

    [Fact]
    public async Task VerifyAsync_SignatureFromAnotherKeyFile_IsUnknownKey()
    {
        using var other = new TempDirectory();
        var foreign = await CardTestData.Signer(CardTestData.LocalKeys(other.File("k.pem")))
            .SignAsync(CardTestData.Card(), CardTestData.IdNumber);

        var result = await verifier.VerifyAsync(foreign);

        Assert.Equal(CardVerificationReasons.UnknownKey, result.Reason);
    }

    [Fact]
    public async Task VerifyAsync_AfterValidUntilInChina_IsExpiredButNamesIssuer()
    {
        var signature = await SignAsync();
        time.SetUtcNow(new DateTimeOffset(2026, 9, 1, 16, 0, 0, TimeSpan.Zero)); // 2026-09-02 00:00 in Guangzhou

        var result = await verifier.VerifyAsync(signature);

        Assert.Equal(
            new CardVerificationResult(
                false, CardVerificationReasons.Expired, CardTestData.IssuedAt, CardIssuers.GuangzhouDrc, null),
            result);
    }

    private static string FlipFirstByte(string base64Url)
    {
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(base64Url);
        bytes[0] ^= 0x01;
        return System.Buffers.Text.Base64Url.EncodeToString(bytes);
    }
}
