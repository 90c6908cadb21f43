namespace TalentHukou.Deployment.Tests;

/// <summary>The Functions app starts and serves with exactly the app settings <c>infra/</c> deploys.</summary>
public class DeploymentContractTests
{
    /// <summary>
    /// Settings the Bicep writes although the default is the same value: removing them changes nothing.
    /// </summary>
    private static readonly string[] SameAsDefault =
    [
        "AZURE_FUNCTIONS_ENVIRONMENT", // the Functions host's default is Production
        "Clock__Acceleration", // 1 outside Development, checked at start-up
        "Seed__LoadDemoEmployers", // false outside Development, checked at start-up
        "Sms__Gateway", // without it notices go by e-mail only, a valid set-up (SmsDeploymentTests)
    ];

    public static TheoryData<string> RequiredSettings() =>
        new(DeployedAppSettings.AsWritten.Keys.Except(SameAsDefault, StringComparer.OrdinalIgnoreCase).Order());

    [Fact]
    public void FunctionsApp_WithDeployedSettings_PassesEveryStartupCheckAndResolvesEveryService()
    {
        var violations = DeploymentContract.Violations(DeployedAppSettings.AsResolved());
        Assert.True(violations.Count == 0, DeploymentContract.Report(violations));
    }

    [Fact]
    public void FunctionsApp_DeployedEnvironment_IsProduction()
    {
        Assert.Equal("Production", DeployedAppSettings.AsWritten["AZURE_FUNCTIONS_ENVIRONMENT"]);
    }

    [Theory]
    [MemberData(nameof(RequiredSettings))]
    public void FunctionsApp_RequiredSettingRemoved_FailsNamingIt(string setting)
    {
        var settings = DeployedAppSettings.AsResolved();
        Assert.True(settings.Remove(setting), $"infra/resources.bicep no longer sets {setting}");

        var violations = DeploymentContract.Violations(settings);

        var key = setting.Replace("__", ":", StringComparison.Ordinal);
        Assert.Contains(violations, v => v.Contains(setting, StringComparison.OrdinalIgnoreCase)
            || v.Contains(key, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void FunctionsApp_UnresolvedKeyVaultReference_FailsNamingIt()
    {
        var settings = DeployedAppSettings.AsResolved();
        settings["Privacy__IdIndexKey"] = DeployedAppSettings.AsWritten["Privacy__IdIndexKey"];

        var violations = DeploymentContract.Violations(settings);

        Assert.Contains(violations, v => v.Contains("Key Vault reference", StringComparison.Ordinal)
            && v.Contains("Privacy:IdIndexKey", StringComparison.Ordinal));
    }

    [Fact]
    public void HostJson_EveryToken_ResolvesFromAFlatDeployedSetting()
    {
        Assert.NotEmpty(HostJsonTokens.All());
        Assert.Empty(HostJsonTokens.Unresolved(DeployedAppSettings.AsWritten));
    }

    [Fact]
    public void HostJson_NestedSettingToken_NeverResolves()
    {
        var settings = new Dictionary<string, string>(DeployedAppSettings.AsWritten) { ["DurableTask__HubName"] = "x" };
        var unresolved = HostJsonTokens.Unresolved(
            settings, [("extensions.durableTask.hubName", "DurableTask__HubName")]);
        Assert.Contains("never resolves", Assert.Single(unresolved), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Auth__Issuer", "Auth:Issuer must be set.")]
    [InlineData("Cards__PublicBaseUrl", "Cards:PublicBaseUrl must be the public https address")]
    public void FunctionsApp_SettingRemoved_ReportsItsStartupCheck(string setting, string message)
    {
        var settings = DeployedAppSettings.AsResolved();
        settings.Remove(setting);

        var violations = DeploymentContract.Violations(settings);

        Assert.Contains(message, DeploymentContract.Report(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void BicepSettings_EveryOne_IsReadByTheCodeOrThePlatform()
    {
        var tokens = HostJsonTokens.All().Select(t => t.Token).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unread = DeployedAppSettings.AsWritten.Keys.Where(name => !PlatformSettings.IsPlatformSetting(name)
                && !tokens.Contains(name)
                && !SettingReaders.Reads(name.Replace("__", ":", StringComparison.Ordinal)))
            .ToList();
        Assert.True(
            unread.Count == 0, "infra/resources.bicep writes settings nothing reads: " + string.Join(", ", unread));
    }

    [Fact]
    public void SettingReaders_UnknownSetting_IsNotRead()
    {
        Assert.True(SettingReaders.Reads("Auth:Issuer"));
        Assert.False(SettingReaders.Reads("DurableTask:HubName"));
        Assert.False(SettingReaders.Reads("Cors:AllowedOrigins:0"));
        Assert.True(SettingReaders.Reads("Sms:Templates:CardIssued"));
        Assert.False(SettingReaders.Reads("Sms:Unknown:CardIssued"));
    }
}
