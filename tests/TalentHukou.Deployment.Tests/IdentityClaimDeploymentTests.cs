using System.Text.Json;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// The deployer names the verified-identity claim: the Bicep has no default for it, and the app needs it.
/// </summary>
public class IdentityClaimDeploymentTests
{
    [Fact]
    public void MainBicep_IdentityClaim_IsAParameterWithoutADefault()
    {
        var parameters = JsonDocument.Parse(BicepCli.Build("infra/main.bicep")).RootElement.GetProperty("parameters");

        var identityClaim = parameters.GetProperty("identityClaim");

        Assert.False(identityClaim.TryGetProperty("defaultValue", out _), "identityClaim must have no default");
        Assert.Equal(ArmTestValues.IdentityClaim, DeployedAppSettings.AsWritten["Auth__IdentityClaim"]);
    }

    [Fact]
    public void FunctionsApp_IdentityClaimEmpty_StartRefusedNamingIt()
    {
        var settings = DeployedAppSettings.AsResolved();
        settings["Auth__IdentityClaim"] = "";

        var violations = DeploymentContract.Violations(settings);

        Assert.Contains(
            violations,
            v => v.Contains("Auth:IdentityClaim must be set outside Development", StringComparison.Ordinal));
    }
}
