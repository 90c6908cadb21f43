using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.Seed;

/// <summary>
/// Where the operator-edited data files are (section <c>Seed</c>), and whether to load the demo employers.
/// </summary>
public sealed class SeedOptions : ISelfValidatingOptions
{
    public const string SectionName = "Seed";

    public string DataDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "SeedData");

    /// <summary>
    /// Load <c>employers.json</c> (demonstration units with made-up credit codes) at start-up. Unset: only in the
    /// Development environment; elsewhere it may not be turned on.
    /// </summary>
    public bool? LoadDemoEmployers { get; set; }

    public string PathOf(string fileName) => Path.Combine(DataDirectory, fileName);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (!Directory.Exists(DataDirectory))
            yield return "Seed:DataDirectory must exist (it holds the operator-edited data files).";
        if (LoadDemoEmployers == true && !environment.IsDevelopment())
            yield return "Seed:LoadDemoEmployers is for the Development environment only (its employers have made-up "
                + "credit codes).";
    }
}
