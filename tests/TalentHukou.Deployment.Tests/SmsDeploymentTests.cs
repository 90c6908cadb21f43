namespace TalentHukou.Deployment.Tests;

/// <summary>
/// SMS in the Bicep (issue #23, ADR 0019): sign name, link and template ids from parameters, the Tencent Cloud key
/// pair in Key Vault behind Key Vault references; the Functions app passes its Production checks with them, and
/// without them (SMS off) sends e-mail only.
/// </summary>
public class SmsDeploymentTests
{
    private static readonly (string Setting, string AzdVariable)[] Plain =
    [
        ("Sms__SignName", "SMS_SIGN_NAME"),
        ("Sms__Link", "SMS_LINK"),
        ("Sms__Tencent__SmsSdkAppId", "SMS_TENCENT_SDK_APP_ID"),
        ("Sms__Templates__VerificationCode", "SMS_TEMPLATE_VERIFICATION_CODE"),
        ("Sms__Templates__CardIssued", "SMS_TEMPLATE_CARD_ISSUED"),
        ("Sms__Templates__PublicityStarted", "SMS_TEMPLATE_PUBLICITY_STARTED"),
        ("Sms__Templates__PublicityPassed", "SMS_TEMPLATE_PUBLICITY_PASSED"),
        ("Sms__Templates__ReturnedForCorrection", "SMS_TEMPLATE_RETURNED_FOR_CORRECTION"),
        ("Sms__Templates__Approved", "SMS_TEMPLATE_APPROVED"),
        ("Sms__Templates__Rejected", "SMS_TEMPLATE_REJECTED"),
        ("Sms__Templates__WithdrawalConfirmed", "SMS_TEMPLATE_WITHDRAWAL_CONFIRMED"),
        ("Sms__Templates__TicketAnswered", "SMS_TEMPLATE_TICKET_ANSWERED"),
        ("Sms__Templates__RegistryRequestDecided", "SMS_TEMPLATE_REGISTRY_REQUEST_DECIDED"),
    ];

    [Fact]
    public void BicepSms_Settings_ComeFromTheAzdEnvironment()
    {
        var settings = DeployedAppSettings.Production.Settings;

        Assert.Equal("Tencent", settings["Sms__Gateway"]);
        Assert.All(Plain, p => Assert.Equal(AzdEnvironments.Production[p.AzdVariable], settings[p.Setting]));
        Assert.Equal(Plain.Length + 3, settings.Keys.Count(k => k.StartsWith("Sms__", StringComparison.Ordinal)));
    }

    [Fact]
    public void BicepSms_KeyPair_IsKeyVaultReferencesToSecretsTheTemplateCreates()
    {
        var written = DeployedAppSettings.Production.Settings;
        var resolved = DeployedAppSettings.Production.Resolved();

        Assert.Equal(
            "sms-tencent-secret-id", DeployedAppSettings.KeyVaultSecret(written["Sms__Tencent__SecretId"])?.Secret);
        Assert.Equal(
            "sms-tencent-secret-key", DeployedAppSettings.KeyVaultSecret(written["Sms__Tencent__SecretKey"])?.Secret);
        Assert.Equal(AzdEnvironments.SmsSecretId, resolved["Sms__Tencent__SecretId"]);
        Assert.Equal(AzdEnvironments.SmsSecretKey, resolved["Sms__Tencent__SecretKey"]);
    }

    [Fact]
    public void FunctionsApp_SmsOff_StartsWithoutSmsSettingsSecretsOrRoles()
    {
        var deployment = DeployedAppSettings.Minimal;

        Assert.DoesNotContain(deployment.Settings.Keys, k => k.StartsWith("Sms__", StringComparison.Ordinal));
        Assert.DoesNotContain(deployment.Resources.Resources(), r => r.Name.Contains("sms-", StringComparison.Ordinal)
            && deployment.Resources.IsDeployed(r.Json));
        var violations = DeploymentContract.Violations(deployment.Resolved());
        Assert.True(violations.Count == 0, DeploymentContract.Report(violations));
    }

    [Fact]
    public void FunctionsApp_SmsLinkTooLongForOneSegment_StartRefusedNamingIt()
    {
        var settings = DeployedAppSettings.AsResolved();
        settings["Sms__Link"] = "https://talent-hukou-application.example.gov.cn/applications";

        var violations = DeploymentContract.Violations(settings);

        Assert.Contains(violations, v => v.Contains("over one segment", StringComparison.Ordinal));
    }

    [Fact]
    public void FunctionsApp_UnresolvedSmsSecretKey_StartRefusedNamingIt()
    {
        var settings = DeployedAppSettings.AsResolved();
        settings["Sms__Tencent__SecretKey"] = DeployedAppSettings.AsWritten["Sms__Tencent__SecretKey"];

        var violations = DeploymentContract.Violations(settings);

        Assert.Contains(violations, v => v.Contains("Key Vault reference", StringComparison.Ordinal)
            && v.Contains("Sms:Tencent:SecretKey", StringComparison.Ordinal));
    }
}
