using System.Diagnostics;
using TalentHukou.Testing;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// The Bicep CLI that <c>infra/lint.sh</c> installs offline from NuGet (<c>--print-cli</c> installs it when missing and
/// prints its path), so the suite needs nothing that <c>./test.sh</c> does not already have.
/// </summary>
public static class BicepCli
{
    private static readonly Lazy<string> Path = new(() => Run("bash", "infra/lint.sh", "--print-cli").Trim());

    /// <summary>Compiles a Bicep file (relative to the repository root) to ARM JSON.</summary>
    public static string Build(string bicepFile) => Run(Path.Value, "build", bicepFile, "--stdout");

    private static string Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = TestEnvironment.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {fileName}.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}");
        return stdout;
    }
}
