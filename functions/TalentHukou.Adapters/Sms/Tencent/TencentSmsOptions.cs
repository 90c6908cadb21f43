using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.Sms.Tencent;

/// <summary>
/// Tencent Cloud SMS settings, section <c>Sms:Tencent</c>: endpoint, region, the SMS application (SmsSdkAppId) and the
/// API key pair. In Azure the secret key is a Key Vault reference in the app settings, never a plain value.
/// </summary>
public sealed class TencentSmsOptions : ISelfValidatingOptions
{
    public const string SectionName = "Sms:Tencent";

    public Uri Endpoint { get; set; } = new("https://sms.tencentcloudapi.com");

    [Required]
    public string Region { get; set; } = "ap-guangzhou";

    [Required]
    public string SmsSdkAppId { get; set; } = "";

    [Required]
    public string SecretId { get; set; } = "";

    [Required]
    public string SecretKey { get; set; } = "";

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (!Endpoint.IsAbsoluteUri) yield return "Sms:Tencent:Endpoint must be an absolute URL.";
        else if (!environment.IsDevelopment() && Endpoint.Scheme != Uri.UriSchemeHttps)
            yield return "Sms:Tencent:Endpoint must be https outside Development.";
        if (!environment.IsDevelopment() && SecretKey.StartsWith(DevelopmentKeys.Prefix, StringComparison.Ordinal))
            yield return "Sms:Tencent:SecretKey is the development key; "
                + "use the Key Vault reference outside Development.";
    }
}

/// <summary>The key pair the local gateway accepts and the development settings use. Worthless anywhere else.</summary>
public static class DevelopmentKeys
{
    public const string Prefix = "dev-";
    public const string SecretId = "AKIDdevLocalGateway";
    public const string SecretKey = "dev-local-gateway-secret-key";
    public const string SmsSdkAppId = "1400000000";
}
