using System.Text.Json;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// The role assignments the Bicep gives the Function App's identity, and the ones each identity-based connection in
/// its settings needs: host storage (Durable Functions: blobs, queues, tables; the deployment container), the app's
/// tables and blobs, each Key Vault reference and key, Communication Services and Application Insights.
/// </summary>
public static class IdentityRoles
{
    // Built-in role definition ids: the same in every tenant.
    public const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    public const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    public const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    public const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    public const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    public const string KeyVaultCryptoUser = "12338af0-0e69-4776-bea7-57ae8d297424";
    public const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    public const string CommunicationAndEmailServiceOwner = "09976791-48a7-449e-bb21-39d1a415f350";

    /// <summary>One role assignment: the resource id it is scoped to and the role definition id.</summary>
    public sealed record Assignment(string Scope, string RoleDefinitionId)
    {
        public bool Grants(string roleId, string resourcePath)
        {
            // a role on a parent covers children
            var scope = Scope[Scope.IndexOf("/providers/", StringComparison.Ordinal)..];
            return RoleDefinitionId.EndsWith("/" + roleId, StringComparison.OrdinalIgnoreCase)
                && (resourcePath.Equals(scope, StringComparison.OrdinalIgnoreCase)
                    || resourcePath.StartsWith(scope + "/", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// Every deployed role assignment whose principal is the Function App's system-assigned identity.
    /// </summary>
    public static List<Assignment> OfTheApp(ArmTemplate template) =>
    [
        .. from r in template.Resources()
           where r.Type.Equals("Microsoft.Authorization/roleAssignments", StringComparison.OrdinalIgnoreCase)
               && template.IsDeployed(r.Json)
               && r.Json.GetProperty("properties").GetProperty("principalId").GetString()!
                   .Contains("reference('functionApp'", StringComparison.Ordinal)
           from scope in template.Instances(r.Json)
           select new Assignment(
               (string)ArmTemplate.Evaluate(r.Json.GetProperty("scope"), scope)!,
               (string)ArmTemplate.Evaluate(r.Json.GetProperty("properties").GetProperty("roleDefinitionId"), scope)!),
    ];

    /// <summary>Each connection in <paramref name="settings"/> whose role is missing, named; empty if none.</summary>
    public static List<string> Missing(
        IReadOnlyDictionary<string, string> settings, IReadOnlyCollection<Assignment> assignments, ArmTemplate template)
    {
        var missing = new List<string>();
        void Need(string connection, string resourcePath, params string[] anyOfRoles)
        {
            if (!assignments.Any(a => anyOfRoles.Any(role => a.Grants(role, resourcePath))))
                missing.Add($"{connection}: no role {string.Join(" or ", anyOfRoles)} on {resourcePath}");
        }

        var hostStorageAccount = settings["AzureWebJobsStorage__accountName"];
        var hostStorage = $"/providers/Microsoft.Storage/storageAccounts/{hostStorageAccount}";
        Need("host storage blobs (AzureWebJobsStorage, deployment container)", hostStorage, StorageBlobDataOwner);
        Need("host storage queues (Durable Functions)", hostStorage, StorageQueueDataContributor);
        Need("host storage tables (Durable Functions)", hostStorage, StorageTableDataContributor);
        var appStorage = $"/providers/Microsoft.Storage/storageAccounts/{settings["Storage__AccountName"]}";
        Need("app storage blobs (Storage__AccountName)", appStorage, StorageBlobDataOwner, StorageBlobDataContributor);
        Need("app storage tables (Storage__AccountName)", appStorage, StorageTableDataContributor);
        foreach (var (name, value) in settings)
        {
            if (DeployedAppSettings.KeyVaultSecret(value) is var (vault, secret))
                Need($"Key Vault reference {name}", $"/providers/Microsoft.KeyVault/vaults/{vault}/secrets/{secret}",
                    KeyVaultSecretsUser);
        }
        var key = new Uri(settings["CardSigning__KeyVaultKeyId"]);
        Need("card-signing key (CardSigning__KeyVaultKeyId)",
            $"/providers/Microsoft.KeyVault/vaults/{key.Host.Split('.')[0]}/keys/{key.Segments[^1]}",
            KeyVaultCryptoUser);
        var acs = new Uri(settings["Email__Acs__Endpoint"]).Host.Split('.')[0];
        Need("Communication Services (Email__Acs__Endpoint)",
            $"/providers/Microsoft.Communication/communicationServices/{acs}",
            [
                CommunicationAndEmailServiceOwner,
                .. CustomRoleIds(template, "Microsoft.Communication/CommunicationServices/Write"),
            ]);
        if (settings.TryGetValue("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", out var auth)
            && auth.Contains("AAD", StringComparison.Ordinal))
        {
            var component = template.Resources().Single(r =>
                r.Type.Equals("Microsoft.Insights/components", StringComparison.OrdinalIgnoreCase)).Name;
            Need("Application Insights (APPLICATIONINSIGHTS_AUTHENTICATION_STRING)",
                $"/providers/Microsoft.Insights/components/{component}", MonitoringMetricsPublisher);
        }
        return missing;
    }

    // The ids of the template's own role definitions that allow the action (the least-privilege e-mail sender).
    private static IEnumerable<string> CustomRoleIds(ArmTemplate template, string action) =>
        from r in template.Resources()
        where r.Type.Equals("Microsoft.Authorization/roleDefinitions", StringComparison.OrdinalIgnoreCase)
            && template.IsDeployed(r.Json)
            && r.Json.GetProperty("properties").GetProperty("permissions").EnumerateArray()
                .Any(p => p.GetProperty("actions").EnumerateArray().Any(a => a.GetString() == action))
        select ((string)template.Evaluate(r.Json.GetProperty("name"))!);
}
