using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.PublicSecurity;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Workflows.Cards.Saga;

/// <summary>Wires the card saga's stores and settings, and the simulated public-security registry it syncs with.</summary>
public static class CardSagaServiceCollectionExtensions
{
    public static IServiceCollection AddTalentHukouCardSaga(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<CardSagaOptions>()
            .BindConfiguration(CardSagaOptions.SectionName)
            .Validate(o => o.IsValid(), "CardSaga settings are out of range (ValidityMonths 1-24, StepAttempts 1-10, PsbSync durations positive, FailAtStep one of reserve, sign, render, store, record).")
            .Validate(o => string.IsNullOrEmpty(o.FailAtStep) || environment.IsDevelopment(), "CardSaga:FailAtStep injects faults for tests; it is refused outside the Development environment.")
            .ValidateOnStart();
        services.AddSingleton(sp => new CardNumberReservations(sp.GetRequiredService<StorageClients>()));
        services.AddSingleton<CardRegistry>();
        services.AddSingleton<CardHolderClaims>();
        services.AddSingleton<CardDocuments>();
        services.AddSingleton<CardHolders>();
        services.AddSingleton<CardSagaFaults>();
        services.AddSingleton<PsbReconciliationLog>();
        services.AddSimulatedPublicSecurity();
        return services;
    }
}
