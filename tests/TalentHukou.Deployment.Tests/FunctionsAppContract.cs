using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentHukou.Functions.Hosting;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// Builds the Functions app's host through <see cref="FunctionsApp.CreateBuilder"/> (what <c>Program.cs</c> runs: the
/// worker core, ASP.NET Core integration and the app's composition) with exactly a given set of app settings, and lists
/// everything that would stop it from starting or serving.
/// </summary>
public static class FunctionsAppContract
{
    /// <summary>
    /// What prevents the app from starting with <paramref name="settings"/>, one message each; empty if none.
    /// </summary>
    public static List<string> Violations(IReadOnlyDictionary<string, string> settings)
    {
        var builder = FunctionsApp.CreateBuilder(Arguments(settings));
        var descriptors = builder.Services.ToList();
        using var host = builder.Build();
        var expected = settings.TryGetValue("AZURE_FUNCTIONS_ENVIRONMENT", out var name)
            ? name
            : Environments.Production;
        var actual = host.Services.GetRequiredService<IHostEnvironment>().EnvironmentName;
        if (actual != expected)
            return [$"the worker runs in {actual}, not {expected}: the settings did not reach its builder"];

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
            if (serviceType.IsGenericTypeDefinition) continue;
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
        var match = Regex.Match(
            failure, "^DataAnnotation validation failed for '(?<type>\\w+)' members: '(?<members>[^']+)'");
        if (!match.Success || SettingReaders.SectionOf(match.Groups["type"].Value) is not { } section) return failure;
        var keys = match.Groups["members"].Value.Split(',').Select(m => $"{section}:{m.Trim()}");
        return $"{failure} [{string.Join(", ", keys)}]";
    }

    /// <summary>
    /// What the Functions host gives the worker (its gRPC address, worker and request ids, message size), then every
    /// app setting as a configuration key (<c>A__B</c> is <c>A:B</c>, as the worker reads the environment), so the
    /// settings reach the real builder without touching this process's environment variables. The worker maps the
    /// host's switches (<c>--functions-uri</c>…) from its process's own command line, which here is the test
    /// runner's, so they are given as the keys they map to.
    /// </summary>
    private static string[] Arguments(IReadOnlyDictionary<string, string> settings)
    {
        string[] host =
        [
            "--Functions:Worker:HostEndpoint=http://127.0.0.1:9/",
            $"--Functions:Worker:WorkerId={Guid.NewGuid()}",
            $"--Functions:Worker:RequestId={Guid.NewGuid()}",
            "--Functions:Worker:GrpcMaxMessageLength=2147483647",
        ];
        return [.. host, .. settings.Select(s => $"--{s.Key.Replace("__", ":", StringComparison.Ordinal)}={s.Value}")];
    }
}
