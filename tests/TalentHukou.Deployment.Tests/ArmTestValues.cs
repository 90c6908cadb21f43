namespace TalentHukou.Deployment.Tests;

/// <summary>
/// Plausible values for what only exists once Azure has created a resource (<c>reference(...).hostName</c> and the
/// like), shaped like the real ones so that the app's own validation of them means something.
/// </summary>
public static class ArmTestValues
{
    public const string SubscriptionId = "00000000-1111-4222-8333-444444444444";

    public const string ResourceGroup = "rg-contract";

    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>The deployer's <c>AUTH_IDENTITY_CLAIM</c> (the identity platform's verified-ID claim).</summary>
    public const string IdentityClaim = "gd_verified_id";

    /// <summary>azd's stand-in for the parameters it generates (<c>idIndexKey</c>: 48 letters and digits).</summary>
    public static readonly string GeneratedSecret = "T3stOnly" + new string('k', 40);

    /// <summary>A runtime property of the resource of <paramref name="type"/> named <paramref name="name"/>.</summary>
    public static string RuntimeProperty(string type, string name, string property)
    {
        var last = name.Split('/')[^1];
        var parent = name.Split('/')[0];
        return (type.ToLowerInvariant(), property.ToLowerInvariant()) switch
        {
            ("microsoft.insights/components", "connectionstring") =>
                "InstrumentationKey=00000000-0000-0000-0000-000000000001;" +
                "IngestionEndpoint=https://eastasia-0.in.applicationinsights.azure.com/;" +
                "LiveEndpoint=https://eastasia.livediagnostics.monitor.azure.com/;" +
                "ApplicationId=00000000-0000-0000-0000-000000000002",
            ("microsoft.communication/communicationservices", "hostname") =>
                $"{name}.asiapacific.communication.azure.com",
            ("microsoft.communication/emailservices/domains", "mailfromsenderdomain") =>
                "0a1b2c3d-0000-4000-8000-000000000003.azurecomm.net",
            ("microsoft.keyvault/vaults/keys", "keyuri") => $"https://{parent}.vault.azure.net/keys/{last}",
            ("microsoft.keyvault/vaults/secrets", "secreturi") => $"https://{parent}.vault.azure.net/secrets/{last}",
            ("microsoft.web/sites", "defaulthostname") => $"{name}.azurewebsites.net",
            _ => throw new NotSupportedException(
                $"No test value for reference('{name}').{property} ({type}); add one to ArmTestValues."),
        };
    }
}
