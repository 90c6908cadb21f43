namespace TalentHukou.Testing;

/// <summary>What <c>./test.sh</c> hands the tests: the Azurite it started and the repository root.</summary>
public static class TestEnvironment
{
    /// <summary>
    /// The test Azurite's connection string (falls back to the default Azurite ports when run outside test.sh).
    /// </summary>
    public static string StorageConnectionString =>
        Environment.GetEnvironmentVariable("TALENTHUKOU_TEST_STORAGE") is { Length: > 0 } value
            ? value
            : "UseDevelopmentStorage=true";

    public static string RepoRoot
    {
        get
        {
            if (Environment.GetEnvironmentVariable("TALENTHUKOU_TEST_REPO_ROOT") is { Length: > 0 } root) return root;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TalentHukou.sln"))) dir = dir.Parent;
            return dir?.FullName
                ?? throw new InvalidOperationException("Cannot find the repository root (TalentHukou.sln).");
        }
    }

    /// <summary>A short unique name for isolating one test host's tables, containers and task hub.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];
}
