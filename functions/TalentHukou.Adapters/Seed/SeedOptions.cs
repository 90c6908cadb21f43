namespace TalentHukou.Adapters.Seed;

/// <summary>Where the operator-edited data files are (section <c>Seed</c>), and whether to load the demo employers.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    public string DataDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "SeedData");

    /// <summary>Load <c>employers.json</c> (demonstration units) at start-up. Off in production unless wanted.</summary>
    public bool LoadDemoEmployers { get; set; } = true;

    public string PathOf(string fileName) => Path.Combine(DataDirectory, fileName);
}
