namespace TalentHukou.Deployment.Tests;

/// <summary>
/// The azd environments the suite deploys (<c>azd env set NAME value</c>, substituted into
/// <c>infra/main.parameters.json</c>): what an operator sets for production, per docs/deploy.md.
/// </summary>
public static class AzdEnvironments
{
    /// <summary>The required values only: SMS stays off (e-mail only).</summary>
    public static IReadOnlyDictionary<string, string> Minimal { get; } = new Dictionary<string, string>
    {
        ["AZURE_ENV_NAME"] = "contract",
        ["AZURE_LOCATION"] = "eastasia",
        ["AUTH_CLIENT_ID"] = "11111111-2222-4333-8444-555555555555",
        ["AUTH_IDENTITY_CLAIM"] = ArmTestValues.IdentityClaim,
    };

    /// <summary>
    /// Production as intended: SMS through Tencent Cloud with approved sign name, link and templates.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Production { get; } = new Dictionary<string, string>(Minimal)
    {
        ["SMS_GATEWAY"] = "Tencent",
        ["SMS_SIGN_NAME"] = "广州人才入户",
        ["SMS_LINK"] = "https://rchk.gz.gov.cn",
        ["SMS_TENCENT_SDK_APP_ID"] = "1400123456",
        ["SMS_TENCENT_SECRET_ID"] = SmsSecretId,
        ["SMS_TENCENT_SECRET_KEY"] = SmsSecretKey,
        ["SMS_TEMPLATE_VERIFICATION_CODE"] = "2100001",
        ["SMS_TEMPLATE_CARD_ISSUED"] = "2100002",
        ["SMS_TEMPLATE_PUBLICITY_STARTED"] = "2100003",
        ["SMS_TEMPLATE_PUBLICITY_PASSED"] = "2100004",
        ["SMS_TEMPLATE_RETURNED_FOR_CORRECTION"] = "2100005",
        ["SMS_TEMPLATE_APPROVED"] = "2100006",
        ["SMS_TEMPLATE_REJECTED"] = "2100007",
        ["SMS_TEMPLATE_WITHDRAWAL_CONFIRMED"] = "2100008",
        ["SMS_TEMPLATE_TICKET_ANSWERED"] = "2100009",
        ["SMS_TEMPLATE_REGISTRY_REQUEST_DECIDED"] = "2100010",
    };

    /// <summary>Shaped like a Tencent Cloud API key pair; test values only.</summary>
    public const string SmsSecretId = "AKIDcontractTestOnly0000000000000000";

    public const string SmsSecretKey = "contractTestOnlySecretKey00000000";
}
