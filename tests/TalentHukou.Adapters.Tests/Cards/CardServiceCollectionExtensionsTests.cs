using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Tests.Cards;
using TalentHukou.Testing.Cards;

namespace TalentHukou.Adapters.Tests.Cards;

public sealed class CardServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(
        Dictionary<string, string?> settings, string privacySecret = CardTestData.PrivacySecret)
    {
        var withSecret = new Dictionary<string, string?>(settings) { ["Privacy:IdIndexKey"] = privacySecret };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(withSecret).Build())
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development })
            .AddSingleton<TokenCredential>(new FakeTokenCredential());
        return services.AddTalentHukouCards().BuildServiceProvider();
    }

    private static void ValidateOptions(IServiceProvider services)
    {
        _ = services.GetRequiredService<IOptions<CardsOptions>>().Value;
        _ = services.GetRequiredService<IOptions<CardSigningOptions>>().Value;
    }

    [Fact]
    public void AddTalentHukouCards_NoSettings_LocalProviderAndDefaults()
    {
        using var services = Build([]);

        Assert.IsType<LocalCardSigningKeyProvider>(services.GetRequiredService<ICardSigningKeyProvider>());
        var signing = services.GetRequiredService<IOptions<CardSigningOptions>>().Value;
        Assert.Equal(".data/keys/card-signing.pem", signing.KeyPath);
        Assert.Equal(
            "http://localhost:7071",
            services.GetRequiredService<IOptions<CardsOptions>>().Value.PublicBaseUrl);
        Assert.NotNull(services.GetRequiredService<CardPdfRenderer>());
        Assert.NotNull(services.GetRequiredService<CardVerifier>());
    }

    [Fact]
    public void AddTalentHukouCards_KeyVaultSettings_KeyVaultProvider()
    {
        using var services = Build(new()
        {
            ["CardSigning:Provider"] = "KeyVault",
            ["CardSigning:KeyVaultKeyId"] = "https://kv-th.vault.azure.net/keys/card-signing",
            ["Cards:PublicBaseUrl"] = "https://rc.example.gz.gov.cn",
        });

        ValidateOptions(services);
        Assert.IsType<KeyVaultCardSigningKeyProvider>(services.GetRequiredService<ICardSigningKeyProvider>());
    }

    [Theory]
    [InlineData("CardSigning:Provider", "KeyVault")]
    [InlineData("Cards:PublicBaseUrl", "rc.example.gz.gov.cn")]
    [InlineData("Cards:PublicBaseUrl", "ftp://rc.example.gz.gov.cn")]
    [InlineData("CardSigning:KeyPath", " ")]
    public void AddTalentHukouCards_InvalidSetting_FailsValidation(string key, string value)
    {
        using var services = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => ValidateOptions(services));
    }

    [Fact]
    public void AddTalentHukouCards_ShortPrivacySecret_HolderDigestRefusesToStart()
    {
        using var services = Build([], privacySecret: "too-short");

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<CardHolderDigest>());
    }
}
