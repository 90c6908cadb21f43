using Azure.Core.Pipeline;
using Microsoft.Extensions.Time.Testing;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Tests.Cards;
using TalentHukou.Testing.Cards;

namespace TalentHukou.Adapters.Tests.Cards;

/// <summary>
/// Exercises the Key Vault provider against <see cref="FakeKeyVault"/>; no live vault is reachable here.
/// </summary>
public sealed class KeyVaultCardSigningKeyProviderTests
{
    private readonly FakeKeyVault vault = new();

    private KeyVaultCardSigningKeyProvider Provider(string keyId)
    {
        Assert.True(KeyVaultKeyIdentifier.TryParse(keyId, out var key));
        var options = new CardKeyVaultClientOptions { Transport = new HttpClientTransport(vault) };
        options.Retry.MaxRetries = 0;
        return new KeyVaultCardSigningKeyProvider(new CardKeyVaultClient(new FakeTokenCredential(), options), key);
    }

    private static async Task<CardVerificationResult> SignAndVerifyAsync(ICardSigningKeyProvider keys)
    {
        var signature = await CardTestData.Signer(keys).SignAsync(CardTestData.Card(), CardTestData.IdNumber);
        return await CardTestData.Verifier(keys, new FakeTimeProvider(CardTestData.IssuedAt)).VerifyAsync(signature);
    }

    [Fact]
    public async Task SignAsync_VersionlessKeyId_SignsWithLatestVersionAsKeyId()
    {
        var version = vault.Rotate();

        var signature = await CardTestData.Signer(Provider($"{FakeKeyVault.VaultUri}/keys/card-signing"))
            .SignAsync(CardTestData.Card(), CardTestData.IdNumber);

        Assert.Equal(version, signature.KeyId);
        Assert.Equal(64, System.Buffers.Text.Base64Url.DecodeFromChars(signature.Value).Length);
        Assert.All(vault.Requests, r => Assert.Contains("api-version=7.4", r.RequestUri!.Query));
        Assert.EndsWith($"/keys/card-signing/{version}/sign", vault.Requests[^1].RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task VerifyAsync_AfterRotation_OldCardStillVerifiesInFreshProcess()
    {
        vault.Rotate();
        var oldCard = await CardTestData.Signer(Provider($"{FakeKeyVault.VaultUri}/keys/card-signing"))
            .SignAsync(CardTestData.Card(), CardTestData.IdNumber);
        vault.Rotate();

        var result = await CardTestData
            .Verifier(
                Provider($"{FakeKeyVault.VaultUri}/keys/card-signing"),
                new FakeTimeProvider(CardTestData.IssuedAt))
            .VerifyAsync(oldCard);

        Assert.True(result.Valid);
    }

    [Fact]
    public async Task VerifyAsync_VersionedKeyIdConfigured_RoundTrips()
    {
        var version = vault.Rotate();
        var keys = Provider($"{FakeKeyVault.VaultUri}/keys/card-signing/{version}");

        Assert.True((await SignAndVerifyAsync(keys)).Valid);
    }

    [Fact]
    public async Task GetVerificationKeyAsync_VersionNotInVault_ReturnsNull()
    {
        vault.Rotate();

        Assert.Null(await Provider($"{FakeKeyVault.VaultUri}/keys/card-signing")
            .GetVerificationKeyAsync("0123456789abcdef0123456789abcdef"));
    }

    [Fact]
    public async Task GetVerificationKeyAsync_UnknownVersionAskedTwice_VaultAskedOnceUntilTheEntryExpires()
    {
        vault.Rotate();
        var time = new FakeTimeProvider(CardTestData.IssuedAt);
        Assert.True(KeyVaultKeyIdentifier.TryParse($"{FakeKeyVault.VaultUri}/keys/card-signing", out var key));
        var options = new CardKeyVaultClientOptions { Transport = new HttpClientTransport(vault) };
        options.Retry.MaxRetries = 0;
        var provider = new KeyVaultCardSigningKeyProvider(
            new CardKeyVaultClient(new FakeTokenCredential(), options), key, time);
        const string Unknown = "0123456789abcdef0123456789abcdef";

        Assert.Null(await provider.GetVerificationKeyAsync(Unknown));
        Assert.Null(await provider.GetVerificationKeyAsync(Unknown));
        Assert.Single(vault.Requests);
        time.Advance(KeyVaultCardSigningKeyProvider.UnknownKeyTtl + TimeSpan.FromSeconds(1));
        Assert.Null(await provider.GetVerificationKeyAsync(Unknown));
        Assert.Equal(2, vault.Requests.Count);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("abc/sign")]
    [InlineData("")]
    public async Task GetVerificationKeyAsync_KeyIdThatIsNoVersion_ReturnsNullWithoutCallingVault(string keyId)
    {
        Assert.Null(await Provider($"{FakeKeyVault.VaultUri}/keys/card-signing").GetVerificationKeyAsync(keyId));
        Assert.Empty(vault.Requests);
    }

    [Theory]
    [InlineData("https://kv.vault.azure.net/keys/card-signing", "card-signing", null)]
    [InlineData("https://kv.vault.azure.net/keys/card-signing/0123abcd", "card-signing", "0123abcd")]
    [InlineData("http://kv.vault.azure.net/keys/card-signing", null, null)]
    [InlineData("https://kv.vault.azure.net/secrets/card-signing", null, null)]
    [InlineData("https://kv.vault.azure.net/keys/card-signing/v1/sign", null, null)]
    [InlineData("card-signing", null, null)]
    public void TryParse_KeyVaultKeyId_ReadsNameAndVersion(string value, string? name, string? version)
    {
        var parsed = KeyVaultKeyIdentifier.TryParse(value, out var key);

        Assert.Equal(name is not null, parsed);
        Assert.Equal(name, key?.Name);
        Assert.Equal(version, key?.Version);
    }
}
