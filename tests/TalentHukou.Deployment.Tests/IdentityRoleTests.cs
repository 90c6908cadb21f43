namespace TalentHukou.Deployment.Tests;

/// <summary>
/// Every identity-based connection the Function App's settings make has its role assignment in the Bicep.
/// </summary>
public class IdentityRoleTests
{
    public static TheoryData<string> Environments() =>
        new(nameof(DeployedAppSettings.Production), nameof(DeployedAppSettings.Minimal));

    [Theory]
    [MemberData(nameof(Environments))]
    public void AppIdentity_EveryConnection_HasItsRoleAssignment(string environment)
    {
        var deployment = environment == nameof(DeployedAppSettings.Production)
            ? DeployedAppSettings.Production
            : DeployedAppSettings.Minimal;
        var assignments = IdentityRoles.OfTheApp(deployment.Resources);

        var missing = IdentityRoles.Missing(deployment.Settings, assignments, deployment.Resources);

        Assert.True(
            missing.Count == 0, "infra/resources.bicep lacks role assignments:\n  " + string.Join("\n  ", missing));
    }

    [Fact]
    public void AppIdentity_SmsKeyPair_ReadOnlyItsTwoSecrets()
    {
        var assignments = IdentityRoles.OfTheApp(DeployedAppSettings.Production.Resources);

        var secrets = assignments
            .Where(a => a.RoleDefinitionId.EndsWith(IdentityRoles.KeyVaultSecretsUser, StringComparison.Ordinal))
            .Select(a => a.Scope.Split('/')[^1]).Order().ToList();

        Assert.Equal(["id-index-key", "sms-tencent-secret-id", "sms-tencent-secret-key"], secrets);
    }

    [Fact]
    public void RoleCheck_AssignmentRemoved_NamesTheConnection()
    {
        var deployment = DeployedAppSettings.Production;
        var assignments = IdentityRoles.OfTheApp(deployment.Resources)
            .Where(a => !a.RoleDefinitionId.EndsWith(IdentityRoles.MonitoringMetricsPublisher, StringComparison.Ordinal)
                && !a.Scope.EndsWith("sms-tencent-secret-key", StringComparison.Ordinal)).ToList();

        var missing = IdentityRoles.Missing(deployment.Settings, assignments, deployment.Resources);

        Assert.Equal(2, missing.Count);
        Assert.Contains(missing, m => m.StartsWith("Application Insights", StringComparison.Ordinal));
        Assert.Contains(
            missing, m => m.StartsWith("Key Vault reference Sms__Tencent__SecretKey", StringComparison.Ordinal));
    }
}
