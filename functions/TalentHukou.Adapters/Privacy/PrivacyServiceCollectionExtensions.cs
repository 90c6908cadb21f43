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
            .Validate(o => o.IdIndexKey.Length >= 32 || (o.IdIndexKey.Length == 0 && o.Keys.Count > 0),
                "Privacy:IdIndexKey must be at least 32 characters.")
            .Validate(o => o.Keys.All(k => IsKeyId(k.Key) && k.Key != PrivacyOptions.LegacyKeyId && k.Value.Length >= 32),
                "Each Privacy:Keys:<id> must be at least 32 characters, its id 1 to 16 lower-case letters or digits, not k1 "
                + "(k1 is Privacy:IdIndexKey).")
            .Validate(o => o.AllKeys().Any(k => k.Key == o.Current),
                "Privacy:CurrentKeyId must name a configured key (k1 = Privacy:IdIndexKey, or one of Privacy:Keys).")
            .ValidateOnStart();
        services.TryAddSingleton<PersonalDataProtector>();
        return services;
    }

    private static bool IsKeyId(string id) =>
        id.Length is > 0 and <= 16 && id.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c));
}
