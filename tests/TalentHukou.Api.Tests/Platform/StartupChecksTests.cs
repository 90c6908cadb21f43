using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Seed;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Hosting;

namespace TalentHukou.Api.Tests.Platform;

/// <summary>
/// Settings that would make a deployed app misbehave quietly stop it at start-up instead, naming the setting.
/// </summary>
public class StartupChecksTests
{
    private static readonly Dictionary<string, string?> Production = new()
    {
        ["Storage:AccountName"] = "sttalenthukou",
        ["Auth:Issuer"] = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/v2.0",
        ["Auth:Authority"] = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/v2.0",
        ["Auth:Audience"] = "00000000-0000-0000-0000-000000000002",
        ["Auth:IdentityClaim"] = "gd_verified_id",
        ["Privacy:IdIndexKey"] = new string('k', 44),
        ["Cards:PublicBaseUrl"] = "https://func-talenthukou.azurewebsites.net",
        ["Support:TeamEmail"] = "hrssgz@gz.gov.cn",
        ["Registry:TeamEmail"] = "hrssgz@gz.gov.cn",
    };

    [Fact]
    public void UnresolvedKeyVaultReference_StartRefused_NamingTheSetting()
    {
        var settings = new Dictionary<string, string?>(Production)
        {
            ["Privacy:IdIndexKey"] = "@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/id-index-key)",
        };
        var error = Assert.Throws<OptionsValidationException>(
            () => Resolve<UnresolvedKeyVaultReferences.Check>(settings, "Production"));
        Assert.Contains("Privacy:IdIndexKey", error.Message);
    }

    [Fact]
    public void ResolvedSettings_StartAccepted()
    {
        Resolve<UnresolvedKeyVaultReferences.Check>(Production, "Production");
        Assert.Equal(new string('k', 44), Resolve<PrivacyOptions>(Production, "Production").IdIndexKey);
    }

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public void DemoEmployers_Unset_LoadedOnlyInDevelopment(string environment, bool loaded) =>
        Assert.Equal(loaded, Resolve<SeedOptions>(Production, environment).LoadDemoEmployers);

    [Fact]
    public void DemoEmployers_TurnedOnOutsideDevelopment_StartRefused()
    {
        var settings = new Dictionary<string, string?>(Production) { ["Seed:LoadDemoEmployers"] = "true" };
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<SeedOptions>(settings, "Production"));
        Assert.Contains("Seed:LoadDemoEmployers", error.Message);
    }

    [Theory]
    [InlineData("http://localhost:7071")]
    [InlineData("https://localhost:7071")]
    [InlineData("https://func-talenthukou.azurewebsites.net/api")]
    [InlineData("http://func-talenthukou.azurewebsites.net")]
    public void CardBaseUrl_NotThePublicHttpsHost_StartRefusedOutsideDevelopment(string url)
    {
        var settings = new Dictionary<string, string?>(Production) { ["Cards:PublicBaseUrl"] = url };
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<CardsOptions>(settings, "Production"));
        Assert.Contains("Cards:PublicBaseUrl", error.Message);
        Assert.Equal(url, Resolve<CardsOptions>(settings, "Development").PublicBaseUrl);
    }

    [Theory]
    [InlineData("sub", null)]
    [InlineData("roles", null)]
    [InlineData("id number", null)]
    [InlineData(null, "true")]
    public void IdentityClaim_ReservedMalformedOrHashedWithoutAName_StartRefused(string? claim, string? hashed)
    {
        var settings = new Dictionary<string, string?>(Production)
        {
            ["Auth:IdentityClaim"] = claim,
            ["Auth:IdentityClaimHashed"] = hashed,
        };
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<AuthOptions>(settings, "Production"));
        Assert.Contains("Auth:IdentityClaim", error.Message);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void IdentityClaim_UnsetOutsideDevelopment_StartRefused(string environment)
    {
        var settings = new Dictionary<string, string?>(Production) { ["Auth:IdentityClaim"] = null };
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<AuthOptions>(settings, environment));
        Assert.Contains("Auth:IdentityClaim must be set outside Development", error.Message);
    }

    [Fact]
    public void IdentityClaim_UnsetInDevelopment_TheDevTokensClaim()
    {
        var settings = new Dictionary<string, string?>(Production)
        {
            ["Auth:IdentityClaim"] = null,
            ["Auth:Authority"] = null,
            ["Auth:DevSigningKey"] = new string('A', 44),
        };
        Assert.Equal(IdentityClaims.DevDefault, Resolve<AuthOptions>(settings, "Development").IdentityClaim);
    }

    [Fact]
    public void IdentityClaim_OwnName_StartAccepted()
    {
        var settings = new Dictionary<string, string?>(Production)
        {
            ["Auth:IdentityClaim"] = "gd_id_hash",
            ["Auth:IdentityClaimHashed"] = "true",
        };
        Assert.Equal("gd_id_hash", Resolve<AuthOptions>(settings, "Production").IdentityClaim);
    }

    [Theory]
    [InlineData("Privacy:CurrentKeyId", "k3")]
    [InlineData("Privacy:Keys:k2", "too-short")]
    [InlineData("Privacy:Keys:k1", "a-second-secret-that-would-shadow-the-first-key")]
    public void PersonalDataKeys_UnknownCurrentShortOrShadowingKey_StartRefused(string setting, string value)
    {
        var settings = new Dictionary<string, string?>(Production) { [setting] = value };
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<PrivacyOptions>(settings, "Production"));
        Assert.Contains("Privacy:", error.Message);
    }

    [Fact]
    public void PersonalDataKeys_SecondKeyCurrent_StartAccepted()
    {
        var settings = new Dictionary<string, string?>(Production)
        {
            ["Privacy:Keys:k2"] = new string('m', 44),
            ["Privacy:CurrentKeyId"] = "k2",
        };
        Assert.Equal("k2", Resolve<PrivacyOptions>(settings, "Production").Current);
    }

    private static T Resolve<T>(IReadOnlyDictionary<string, string?> settings, string environment) where T : class
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddTalentHukou(
            configuration,
            new HostingEnvironment { EnvironmentName = environment, ContentRootPath = AppContext.BaseDirectory });
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<T>>().Value;
    }
}
