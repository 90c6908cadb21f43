using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Tests.Cards;
using TalentHukou.Testing.Cards;

namespace TalentHukou.Adapters.Tests.Cards;

/// <summary>A sample card, its holder's full ID number, and helpers shared by the card tests.</summary>
internal static class CardTestData
{
    public const string IdNumber = "44010619900101123X";

    public static readonly DateTimeOffset IssuedAt = new(2026, 3, 2, 1, 30, 15, TimeSpan.Zero);

    public static CardContent Card(string cardNumber = "R2601234567805") => new(
        cardNumber,
        ApplicantName: "陈思远",
        MaskedIdNumber: "4401**********123X",
        EmployerName: "广州天河智能科技有限公司",
        DestinationHrss: "广州市天河区人力资源和社会保障局",
        IssuedAt: IssuedAt,
        ValidUntil: new DateOnly(2026, 9, 1),
        Issuer: CardIssuers.GuangzhouDrc,
        ApplicationId: "GZRC-2026-000123");

    /// <summary>The <c>Privacy:IdIndexKey</c> of the card tests.</summary>
    public const string PrivacySecret = "card-tests-privacy-secret-0123456789abcdef";

    // The sample holder's digests, computed outside .NET from "R2601234567805\n陈思远\n44010619900101123X": HMAC-SHA256
    // under HKDF-SHA256(PrivacySecret, info "talenthukou/card-holder") for version 2; the plain SHA-256 for version 1.
    public const string KeyedHolderDigest = "vd7-slYQCSF0ywAsu8cH-ffv8uW1nVr1oY_Io0T2brA";
    public const string UnkeyedHolderDigest = "S3BDJ1PCZ0FmZKoZQwO72YL9Y_mlH0jmiUyZeP1IwO4";

    public static CardHolderDigest HolderDigest { get; } =
        new(new PersonalDataProtector(Options.Create(new PrivacyOptions { IdIndexKey = PrivacySecret })));

    /// <summary>The payload of <paramref name="card"/> for the sample holder.</summary>
    public static CardSignaturePayload Payload(CardContent card) =>
        CardSignaturePayload.For(card, HolderDigest.Compute(card.CardNumber, card.ApplicantName, IdNumber));

    public static CardSigner Signer(ICardSigningKeyProvider keys) => new(keys, HolderDigest);

    public static CardVerifier Verifier(ICardSigningKeyProvider keys, TimeProvider time) =>
        new(keys, HolderDigest, time);

    public static LocalCardSigningKeyProvider LocalKeys(string keyPath) => new(
        Options.Create(new CardSigningOptions { KeyPath = keyPath }),
        NullLogger<LocalCardSigningKeyProvider>.Instance);

    public static CardVerificationLink Link(string baseUrl = "https://rc.example.gz.gov.cn") =>
        new(Options.Create(new CardsOptions { PublicBaseUrl = baseUrl }));
}

/// <summary>A temporary directory deleted after each test.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cards-tests-").FullName;

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
