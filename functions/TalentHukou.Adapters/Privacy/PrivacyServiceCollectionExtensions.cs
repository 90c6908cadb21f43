using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.Privacy;

/// <summary>
/// Wires the protection of personal data; the host and the card services call this (it adds nothing twice).
/// </summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PersonalDataProtector"/> with <see cref="PrivacyOptions"/> from <c>Privacy</c>,
    /// validated at start-up.
    /// </summary>
    public static IServiceCollection AddTalentHukouPrivacy(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(PersonalDataProtector))) return services;
        services.AddValidatedOptions<PrivacyOptions>(PrivacyOptions.SectionName);
        services.TryAddSingleton<PersonalDataProtector>();
        return services;
    }
}
