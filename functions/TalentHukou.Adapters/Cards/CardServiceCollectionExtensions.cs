using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Hosting;
using TalentHukou.Adapters.Privacy;

namespace TalentHukou.Adapters.Cards;

/// <summary>Wires card signing, verification, links and rendering; both hosts call this.</summary>
public static class CardServiceCollectionExtensions
{
    /// <summary>
    /// Adds the card services with options from <c>Cards</c> and <c>CardSigning</c> (and <c>Privacy</c>, whose secret
    /// keys the holder digest), validated at start-up.
    /// The Key Vault provider uses a registered <see cref="TokenCredential"/>, else
    /// <see cref="DefaultAzureCredential"/>.
    /// </summary>
    public static IServiceCollection AddTalentHukouCards(this IServiceCollection services)
    {
        services.AddValidatedOptions<CardsOptions>(CardsOptions.SectionName);
        services.AddValidatedOptions<CardSigningOptions>(CardSigningOptions.SectionName);
        services.AddTalentHukouPrivacy();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CreateKeyProvider);
        services.TryAddSingleton<CardHolderDigest>();
        services.TryAddSingleton<CardSigner>();
        services.TryAddSingleton<CardVerifier>();
        services.TryAddSingleton<CardVerificationLink>();
        services.TryAddSingleton<CardPdfRenderer>();
        return services;
    }

    private static ICardSigningKeyProvider CreateKeyProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<CardSigningOptions>>().Value;
        if (options.Provider == CardSigningProvider.Local)
            return ActivatorUtilities.CreateInstance<LocalCardSigningKeyProvider>(services);

        KeyVaultKeyIdentifier.TryParse(options.KeyVaultKeyId, out var key);
        var credential = services.GetService<TokenCredential>() ?? new DefaultAzureCredential();
        var client = new CardKeyVaultClient(credential, services.GetService<CardKeyVaultClientOptions>());
        return new KeyVaultCardSigningKeyProvider(client, key!, services.GetService<TimeProvider>());
    }
}
