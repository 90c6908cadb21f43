using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters;
using TalentHukou.Api.Hosting;
using TalentHukou.Workflows;

namespace TalentHukou.Api.Tests.Platform;

/// <summary>
/// Each layer registers its own services: with only the layers below it, every service a layer registers can be
/// built (so no layer leans on a service registered above it), and every setting is checked the one way.
/// </summary>
public class LayerWiringTests
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Privacy:IdIndexKey"] = new string('k', 44),
            ["Auth:Issuer"] = "talenthukou-dev",
            ["Auth:Audience"] = "talenthukou-api",
            ["Auth:DevSigningKey"] = Convert.ToBase64String(new byte[32]),
        })
        .Build();

    private static readonly IHostEnvironment Development =
        new HostingEnvironment
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        };

    [Fact]
    public void AddTalentHukouAdapters_Alone_EveryServiceBuilds() =>
        AssertBuilds(s => s.AddTalentHukouAdapters(Configuration, Development));

    [Fact]
    public void AddTalentHukouWorkflows_OnAdapters_EveryServiceBuilds() =>
        AssertBuilds(s => s.AddTalentHukouAdapters(Configuration, Development).AddTalentHukouWorkflows(Development));

    [Fact]
    public void AddTalentHukou_AllLayers_EveryServiceBuilds() =>
        AssertBuilds(s => s.AddTalentHukou(Configuration, Development));

    [Fact]
    public void AddTalentHukou_EveryOwnSetting_CheckedAtStartByItsOwnRules()
    {
        var services = Host(s => s.AddTalentHukou(Configuration, Development));
        var settings = services
            .Where(d => d.ServiceType.IsGenericType
                && d.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Namespace?.StartsWith("TalentHukou.", StringComparison.Ordinal) == true)
            .Distinct()
            .ToList();
        var unchecked_ = settings.Where(t => !services.Any(d =>
            d.ServiceType == typeof(IValidateOptions<>).MakeGenericType(t)
            && d.ImplementationType?.Name.StartsWith("SelfValidation", StringComparison.Ordinal) == true)).ToList();

        Assert.True(settings.Count >= 20, $"only {settings.Count} settings types found");
        Assert.Empty(unchecked_);
    }

    private static void AssertBuilds(Action<IServiceCollection> layers)
    {
        var services = Host(layers);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    /// <summary>What every host provides before the layers: configuration, logging and a durable client.</summary>
    private static ServiceCollection Host(Action<IServiceCollection> layers)
    {
        var services = new ServiceCollection();
        services.AddLogging().AddSingleton(Configuration).AddSingleton(Development).AddOptions();
        services.AddDurableTaskClient(b => b.UseGrpc("http://127.0.0.1:1"));
        layers(services);
        return services;
    }
}
