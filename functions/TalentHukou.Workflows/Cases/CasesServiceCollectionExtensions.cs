using Microsoft.Extensions.DependencyInjection;

namespace TalentHukou.Workflows.Cases;

/// <summary>Wires what the ops controls on business cases use.</summary>
public static class CasesServiceCollectionExtensions
{
    public static IServiceCollection AddTalentHukouCases(this IServiceCollection services) => services
        .AddSingleton<BusinessCases>()
        .AddSingleton<OpsCaseActions>()
        .AddSingleton<StrandedCases>()
        .AddSingleton<OpsInstanceControl>()
        .AddSingleton<CaseControls>()
        .AddSingleton<Timeline.CaseInstances>()
        .AddSingleton<Timeline.CaseSearch>()
        .AddSingleton<Timeline.CaseTimelines>()
        .AddSingleton<Instances.InstanceScan>()
        .AddSingleton<Instances.InstanceHistogram>();
}
