using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace TalentHukou.FunctionsHost.Process;

/// <summary>
/// The published Functions app (<c>dotnet publish functions/TalentHukou.Functions</c>), published once per set of
/// inputs (the sources and settings of every project it is built from) into a cache folder shared by test processes.
/// </summary>
public static class FunctionsAppPackage
{
    private static readonly string[] InputExtensions = [".cs", ".csproj", ".json", ".props", ".targets"];
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>The folder of the published app for the current sources, publishing it first if needed.</summary>
    public static async Task<string> PublishAsync(string repoRoot, CancellationToken cancellationToken)
    {
        var target = Path.Combine(Path.GetTempPath(), "talenthukou-functions-publish", InputHash(repoRoot));
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(Path.Combine(target, "worker.config.json"))) return target;
            var staging = $"{target}.{Environment.ProcessId}.tmp";
            var project = Path.Combine(repoRoot, "functions", "TalentHukou.Functions", "TalentHukou.Functions.csproj");
            await RunAsync(
                "dotnet", ["publish", project, "-c", "Debug", "-o", staging, "-nologo", "-v", "q"], cancellationToken);
            try
            {
                Directory.Move(staging, target);
            }
            catch (IOException) when (File.Exists(Path.Combine(target, "worker.config.json")))
            {
                Directory.Delete(staging, recursive: true); // another test process published the same inputs first
            }
            return target;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>
    /// The repository root: TALENTHUKOU_TEST_REPO_ROOT, or the folder above this assembly with the solution.
    /// </summary>
    public static string RepoRoot()
    {
        var configured = Environment.GetEnvironmentVariable("TALENTHUKOU_TEST_REPO_ROOT");
        if (!string.IsNullOrEmpty(configured)) return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalentHukou.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (TalentHukou.sln).");
    }

    private static string InputHash(string repoRoot)
    {
        var bin = $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}";
        var obj = $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}";
        var files = Directory.EnumerateFiles(Path.Combine(repoRoot, "functions"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(bin, StringComparison.Ordinal)
                && !f.Contains(obj, StringComparison.Ordinal)
                && InputExtensions.Contains(Path.GetExtension(f)))
            .Concat(new[] { "host.json", "Directory.Build.props", "Directory.Packages.props" }
                .Select(f => Path.Combine(repoRoot, f)))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(repoRoot, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }

    private static async Task RunAsync(string file, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', arguments)} failed:\n{await output}\n{await errors}");
    }
}
