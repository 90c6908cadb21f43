using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentHukou.Functions.Hosting;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// Builds the Functions app's own wiring (<see cref="FunctionsAppServices"/>, what <c>Program.cs</c> runs) with exactly
/// a given set of app settings, the way the worker reads them (environment variables: <c>A__B</c> is <c>A:B</c>), and
/// lists everything that would stop it from starting or serving.
/// </summary>
public static class FunctionsAppContract
{
    /// <summary>
    /// Services the Functions host itself provides or builds only inside its own process (the gRPC channel to the host,
    /// the invocation pipeline): they cannot be built from the worker's service collection alone.
    /// </summary>
    private static readonly string[] HostOnlyNamespaces =
    [
    ];

    /// <summary>What prevents the app from starting with <paramref name="settings"/>, one message each; empty if none.</summary>
    public static List<string> Violations(IReadOnlyDictionary<string, string> settings)
    {
        var environment = settings.TryGetValue("AZURE_FUNCTIONS_ENVIRONMENT", out var name) ? name : Environments.Production;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s =>
            KeyValuePair.Create(s.Key.Replace("__", ":", StringComparison.Ordinal), (string?)s.Value)));
        FunctionsAppServices.Add(builder.Services, builder.Configuration, builder.Environment);
        var descriptors = builder.Services.ToList();
        using var host = builder.Build();

        var violations = new List<string>();
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (Exception e)
        {
            violations.AddRange(Failures(e).Select(m => "start-up check: " + m));
        }
        if (violations.Count > 0) return violations; // services built from invalid options fail for the same reason

        var resolved = 0;
        foreach (var serviceType in descriptors.Select(d => d.ServiceType).Distinct())
        {
            if (serviceType.IsGenericTypeDefinition || IsHostOnly(serviceType)) continue;
            try
            {
                resolved += host.Services.GetServices(serviceType).Count();
            }
            catch (Exception e)
            {
                violations.Add($"service {serviceType.FullName} does not resolve: {string.Join(" ", Failures(e))}");
            }
        }
        // Guards the walk itself: the app registers well over a hundred services.
        if (resolved < 100) violations.Add($"only {resolved} services resolved; the service walk is broken");
        return violations;
    }

    /// <summary>The messages of an exception tree, options validation failures one by one.</summary>
    private static IEnumerable<string> Failures(Exception e) => e switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Failures),
        OptionsValidationException options => options.Failures.Select(NameDataAnnotationKeys),
        _ when e.InnerException is not null => [e.Message, .. Failures(e.InnerException)],
        _ => [e.Message],
    };

    // "DataAnnotation validation failed for 'AcsEmailTransportOptions' members: 'SenderAddress' ..." names no key.
    private static string NameDataAnnotationKeys(string failure)
    {
        var match = Regex.Match(failure, "^DataAnnotation validation failed for '(?<type>\\w+)' members: '(?<members>[^']+)'");
        if (!match.Success || SettingReaders.SectionOf(match.Groups["type"].Value) is not { } section) return failure;
        var keys = match.Groups["members"].Value.Split(',').Select(m => $"{section}:{m.Trim()}");
        return $"{failure} [{string.Join(", ", keys)}]";
    }

    private static bool IsHostOnly(Type type) =>
        HostOnlyNamespaces.Any(prefix => type.FullName?.StartsWith(prefix, StringComparison.Ordinal) == true);
}
