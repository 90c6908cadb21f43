using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Workflows.Cards.Saga;

/// <summary>Wires the card saga's settings and collaborators (its stores are the adapters layer's).</summary>
public static class CardSagaServiceCollectionExtensions
{
    public static IServiceCollection AddTalentHukouCardSaga(
        this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddValidatedOptions<CardSagaOptions>(CardSagaOptions.SectionName);
        return services
            .AddSingleton<CardHolders>()
            .AddSingleton<CardSagaFaults>()
            .AddSingleton<PsbReconciliationLog>()
            .AddSingleton<DuplicateCards>();
    }
}
