using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentHukou.Adapters.Privacy;

/// <summary>Wires the protection of personal data; the host and the card services call this (it adds nothing twice).</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Adds <see cref="PersonalDataProtector"/> with <see cref="PrivacyOptions"/> from <c>Privacy</c>, validated at start-up.</summary>
    public static IServiceCollection AddTalentHukouPrivacy(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(PersonalDataProtector))) return services;
        services.AddOptions<PrivacyOptions>()
            .BindConfiguration(PrivacyOptions.SectionName)
            .Validate(o => o.IdIndexKey.Length >= 32, "Privacy:IdIndexKey must be at least 32 characters.")
            .ValidateOnStart();
        services.TryAddSingleton<PersonalDataProtector>();
        return services;
    }
}
