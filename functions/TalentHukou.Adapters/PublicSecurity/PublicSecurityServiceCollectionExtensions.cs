using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.PublicSecurity;

/// <summary>Wires the simulated public-security registry with validated fault settings.</summary>
public static class PublicSecurityServiceCollectionExtensions
{
    public static IServiceCollection AddSimulatedPublicSecurity(this IServiceCollection services)
    {
        services.AddValidatedOptions<PublicSecurityOptions>(PublicSecurityOptions.SectionName);
        services.AddSingleton<IPublicSecurityCardRegistry, SimulatedPublicSecurityRegistry>();
        return services;
    }
}
