using Microsoft.Extensions.Configuration;
using TalentHukou.FunctionsHost.Process;

namespace TalentHukou.FunctionsHost;

/// <summary>
/// The local host's settings files, given to the Functions app so that both run alike (retry delays, card saga
/// timings, mail and SMS transports): <c>appsettings.json</c>, and <c>appsettings.Development.json</c> when asked.
/// The shared dev key is left out: the Functions app refuses it.
/// </summary>
public static class LocalHostSettings
{
    public static Dictionary<string, string?> Read(bool development, IConfiguration? overrides = null)
    {
        var folder = Path.Combine(FunctionsAppPackage.RepoRoot(), "functions", "TalentHukou.LocalHost");
        var builder = new ConfigurationBuilder().AddJsonFile(Path.Combine(folder, "appsettings.json"));
        if (development) builder.AddJsonFile(Path.Combine(folder, "appsettings.Development.json"));
        if (overrides is not null) builder.AddConfiguration(overrides);
        var configuration = builder.Build();
        var settings = configuration.AsEnumerable()
            .Where(s => s.Value is not null && !configuration.GetSection(s.Key).GetChildren().Any())
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
        settings.Remove("Auth:DevSigningKey");
        return settings;
    }
}
