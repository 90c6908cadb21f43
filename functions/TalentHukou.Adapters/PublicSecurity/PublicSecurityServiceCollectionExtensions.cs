using Microsoft.Extensions.DependencyInjection;

namespace TalentHukou.Adapters.PublicSecurity;

/// <summary>Wires the simulated public-security registry with validated fault settings.</summary>
public static class PublicSecurityServiceCollectionExtensions
{
    public static IServiceCollection AddSimulatedPublicSecurity(this IServiceCollection services)
    {
        services.AddOptions<PublicSecurityOptions>()
            .BindConfiguration(PublicSecurityOptions.SectionName)
            .Validate(o => o.IsValid(), "PublicSecurity:FailureRate and LostWriteRate must be between 0 and 1, AddedLatency between 0 and 1 minute.")
            .ValidateOnStart();
        services.AddSingleton<IPublicSecurityCardRegistry, SimulatedPublicSecurityRegistry>();
        return services;
    }
}
