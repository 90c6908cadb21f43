using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters;
using TalentHukou.Workflows;

namespace TalentHukou.Api.Hosting;

/// <summary>
/// The composition of the service, layer by layer: the one call both hosts (and the deployment contract suite) make,
/// so the Functions app and the local host run identical services.
/// </summary>
public static class TalentHukouServices
{
    public static IServiceCollection AddTalentHukou(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) => services
        .AddTalentHukouAdapters(configuration, environment)
        .AddTalentHukouWorkflows(environment)
        .AddTalentHukouApi(configuration);
}
