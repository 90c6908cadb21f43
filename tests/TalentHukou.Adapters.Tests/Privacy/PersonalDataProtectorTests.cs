using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Privacy;

namespace TalentHukou.Adapters.Tests.Privacy;

/// <summary>Versioned personal-data keys: what each key writes, and that every configured key still reads.</summary>
public class PersonalDataProtectorTests
{
    private const string IdNumber = "11010519491231002X";
    private const string First = "first-personal-data-secret-0123456789abcdef";
    private const string Second = "second-personal-data-secret-0123456789abcdef";

    private static readonly PersonalDataProtector Before = Protector(current: null);
    private static readonly PersonalDataProtector After = Protector(current: "k2");

    [Fact]
    public void FirstKey_ValuesCarryNoPrefix_AsBeforeKeysHadIds()
    {
        Assert.Matches("^[0-9a-f]{64}$", Before.IndexOf(IdNumber));
        Assert.DoesNotContain(':', Before.Encrypt(IdNumber));
        Assert.Equal("k1", Before.CurrentKeyId);
    }

    [Fact]
    public void SecondKeyCurrent_NewValuesCarryItsId_OldValuesStillRead()
    {
        var oldCipher = Before.Encrypt(IdNumber);
        var oldIndex = Before.IndexOf(IdNumber);

        Assert.StartsWith("k2:", After.IndexOf(IdNumber));
        Assert.StartsWith("k2:", After.Encrypt(IdNumber));
        Assert.Equal(IdNumber, After.Decrypt(oldCipher));
        Assert.True(After.IndexMatches(IdNumber, oldIndex));
        Assert.Equal([After.IndexOf(IdNumber), oldIndex], After.IndexesOf(IdNumber));
        Assert.False(After.IsCurrent(oldCipher));
        Assert.True(After.IsCurrent(After.Reprotect(oldCipher)));
        Assert.Equal(IdNumber, After.Decrypt(After.Reprotect(oldCipher)));
    }

    [Fact]
    public void SameIdNumber_IndexesUnderTwoKeys_SettledByTheEncryptedNumber()
    {
        var oldIndex = Before.IndexOf(IdNumber);
        var newIndex = After.IndexOf(IdNumber);
        Assert.True(After.SameIdNumber(oldIndex, newIndex, After.Encrypt(IdNumber)));
        Assert.False(After.SameIdNumber(oldIndex, newIndex, After.Encrypt("110105194912310029")));
        Assert.False(After.SameIdNumber(oldIndex, newIndex, null));
    }

    [Fact]
    public void Decrypt_UnderARetiredKey_SaysWhichKeyIsMissing()
    {
        var onlySecond = new PersonalDataProtector(Options.Create(new PrivacyOptions
        {
            Keys = new() { ["k2"] = Second },
            CurrentKeyId = "k2",
        }));
        var error = Assert.Throws<InvalidOperationException>(() => onlySecond.Decrypt(Before.Encrypt(IdNumber)));
        Assert.Contains("'k1'", error.Message);
        Assert.False(onlySecond.CanRead(Before.Encrypt(IdNumber)));
    }

    [Fact]
    public void CardHolderDigest_CardIssuedUnderTheOldKey_StillMatchesAfterTheKeyChanged()
    {
        var issued = new CardHolderDigest(Before).Compute("R220260000001", "陈思远", IdNumber);
        var verifier = new CardHolderDigest(After);
        Assert.True(verifier.Matches(issued, CardSignaturePayload.CurrentVersion, "R220260000001", "陈思远", IdNumber));
        Assert.False(verifier.Matches(
            issued, CardSignaturePayload.CurrentVersion, "R220260000001", "陈思远", "110105194912310029"));
        Assert.NotEqual(issued, verifier.Compute("R220260000001", "陈思远", IdNumber));
    }

    private static PersonalDataProtector Protector(string? current) => new(Options.Create(new PrivacyOptions
    {
        IdIndexKey = First,
        Keys = new() { ["k2"] = Second },
        CurrentKeyId = current,
    }));
}
