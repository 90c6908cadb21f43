using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Hosting;
using TalentHukou.Adapters.Sms.Tencent;

namespace TalentHukou.Adapters.Sms;

/// <summary>Registers the SMS gateway chosen by <c>Sms:Gateway</c>; none means notices go by e-mail only.</summary>
public static class SmsServiceCollectionExtensions
{
    public static IServiceCollection AddSmsGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<SmsOptions>(SmsOptions.SectionName);
        var sms = configuration.GetSection(SmsOptions.SectionName).Get<SmsOptions>() ?? new SmsOptions();
        if (sms.Gateway != SmsGatewayKind.Tencent) return services;

        services.AddValidatedOptions<TencentSmsOptions>(TencentSmsOptions.SectionName);
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TencentSmsOptions>>().Value;
            return new TencentSmsClient(o.Endpoint, o.SecretId, o.SecretKey, new TencentSmsClientOptions
            {
                Region = o.Region,
                TimeProvider = sp.GetRequiredService<TimeProvider>(),
            });
        });
        services.TryAddSingleton<ISmsGateway, TencentSmsGateway>();
        return services;
    }
}
