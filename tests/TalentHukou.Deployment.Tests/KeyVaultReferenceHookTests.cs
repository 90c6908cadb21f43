using System.Diagnostics;
using TalentHukou.Testing;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// The azd post-provision hook (<c>infra/hooks/wait-for-key-vault-references.sh</c>) run as azd runs it, against a
/// fake <c>az</c> first on PATH that answers the configreferences list with recorded answers (Fixtures/) in turn and
/// logs every call.
/// </summary>
public sealed class KeyVaultReferenceHookTests : IDisposable
{
    private const string App = "/subscriptions/sub-1/resourceGroups/rg-prod/providers/Microsoft.Web/sites/func-abc";
    private readonly string _dir = Directory.CreateTempSubdirectory("kv-hook-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Hook_AllResolved_ExitsZeroWithoutRestart()
    {
        var run = Run(["resolved.json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [$"rest --method get --url {App}/config/configreferences/appsettings?api-version=2024-11-01"], run.Calls);
    }

    [Fact]
    public void Hook_AccessDeniedThenResolved_RestartsOnceThenExitsZero()
    {
        var run = Run(["access-denied.json", "access-denied.json", "resolved.json"], restartEvery: 3600);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.Calls.Count(c => c.Contains("configreferences", StringComparison.Ordinal)));
        Assert.Equal([$"rest --method post --url {App}/restart?api-version=2024-11-01"],
            run.Calls.Where(c => c.Contains("--method post", StringComparison.Ordinal)));
        Assert.Contains("Privacy__IdIndexKey AccessToKeyVaultDenied", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sms__Tencent__SecretKey", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Hook_Initialized_WaitsWithoutRestart()
    {
        var run = Run(["initialized.json", "resolved.json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(run.Calls, c => c.Contains("restart", StringComparison.Ordinal));
    }

    [Fact]
    public void Hook_NeverResolves_FailsAfterTheBoundNamingTheSetting()
    {
        var run = Run(["access-denied.json"], timeout: 1);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("still unresolved after 1 s", run.Output, StringComparison.Ordinal);
        Assert.Contains("Privacy__IdIndexKey AccessToKeyVaultDenied Access to the Key Vault was denied", run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Hook_NoReferences_ExitsZero()
    {
        Assert.Equal(0, Run(["none.json"]).ExitCode);
    }

    [Fact]
    public void Hook_AzFails_ExitsTwoWithItsMessage()
    {
        var run = Run([]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Please run 'az login'", run.Output, StringComparison.Ordinal);
    }

    private (int ExitCode, string Output, List<string> Calls) Run(
        string[] answers, int timeout = 30, int restartEvery = 0)
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "configreferences");
        for (var i = 0; i < answers.Length; i++)
            File.Copy(Path.Combine(fixtures, answers[i]), Path.Combine(_dir, $"get-{i + 1}.json"));
        var az = Path.Combine(_dir, "az");
        File.WriteAllText(az, FakeAz);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var hook = Path.Combine(TestEnvironment.RepoRoot, "infra", "hooks", "wait-for-key-vault-references.sh");
        var start = new ProcessStartInfo("sh", [hook])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = $"{_dir}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["FAKE_AZ_DIR"] = _dir;
        start.Environment["AZURE_SUBSCRIPTION_ID"] = "sub-1";
        start.Environment["AZURE_RESOURCE_GROUP"] = "rg-prod";
        start.Environment["AZURE_FUNCTION_APP_NAME"] = "func-abc";
        start.Environment["KEYVAULT_REFERENCES_TIMEOUT"] =
            timeout.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["KEYVAULT_REFERENCES_POLL"] = "0.2";
        start.Environment["KEYVAULT_REFERENCES_RESTART_EVERY"] =
            restartEvery.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "the hook did not finish within 20 s");
        var log = Path.Combine(_dir, "calls.log");
        return (process.ExitCode, stdout + stderr.Result, File.Exists(log) ? [.. File.ReadAllLines(log)] : []);
    }

    // Answers get-1.json, get-2.json… in turn (the last one again when they run out); no answers: not signed in.
    private const string FakeAz = """
        #!/bin/sh
        echo "$*" >> "$FAKE_AZ_DIR/calls.log"
        case "$*" in
          "rest --method post --url "*"/restart?api-version="*) exit 0 ;;
          "rest --method get --url "*"/config/configreferences/appsettings?api-version="*)
            n=$(( $(cat "$FAKE_AZ_DIR/count" 2>/dev/null || echo 0) + 1 )); echo "$n" > "$FAKE_AZ_DIR/count"
            f="$FAKE_AZ_DIR/get-$n.json"
            [ -f "$f" ] || f=$(ls "$FAKE_AZ_DIR"/get-*.json 2>/dev/null | sort -t- -k2 -n | tail -n 1)
            if [ -z "$f" ]; then echo "ERROR: Please run 'az login' to setup account." >&2; exit 1; fi
            cat "$f"; exit 0 ;;
        esac
        echo "fake az: unexpected call: $*" >&2
        exit 2
        """;
}
