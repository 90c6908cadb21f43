using System.Text.Json;
using TalentHukou.Bench;

namespace TalentHukou.LocalHost.Tests.Bench;

/// <summary>
/// The bench's JSON results, for comparing runs: written whole, and without the Azurite connection string.
/// </summary>
public class BenchReportTests
{
    [Fact]
    public void Save_WritesTheFiguresAndOptions_ButNotTheConnectionString()
    {
        var options = BenchOptions.Parse(["--storage", "AccountKey=secret-key", "--only", "b1"]);
        var report = new Report(MachineInfo.Current(), DateTimeOffset.UtcNow, options)
        {
            Submit = new LoadFigures(10, 0, 1.5, 6.7, 100, 150, 200),
            SubmitToBaselineRatio = 0.03,
        };
        var path = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.json");
        try
        {
            report.Save(path);
            var text = File.ReadAllText(path);
            using var json = JsonDocument.Parse(text);
            Assert.Equal("b1", json.RootElement.GetProperty("options").GetProperty("only").GetString());
            Assert.Equal(0.03, json.RootElement.GetProperty("submitToBaselineRatio").GetDouble());
            Assert.Equal(0.03, json.RootElement.GetProperty("b1").GetProperty("submitToBaselineRatio").GetDouble());
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("b4").ValueKind);
            Assert.DoesNotContain("secret-key", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Save_WritesB4_WithResourceNamesAsTheyRead_AndWithoutItsAzurite()
    {
        var options = BenchOptions.Parse(
        [
            "--storage", "x", "--only", "b4",
            "--b4-storage", "AccountKey=b4-secret", "--b4-debug-log", "/tmp/debug.log",
        ]);
        var byResource = new Dictionary<string, double> { ["<hub>History"] = 120.5, ["Applications"] = 24 };
        var report = new Report(MachineInfo.Current(), DateTimeOffset.UtcNow, options)
        {
            B4 = new StorageWorkFigures(
                20, true, 60, 55, 15000, 750, 730,
                new Dictionary<string, double> { ["queue"] = 450, ["table"] = 300 },
                byResource, 30, 6.8, new Dictionary<string, double> { ["<hub>-control-00"] = 1 },
                new Dictionary<string, InstanceWork> { ["application"] = new(20, 80) }, 120, 0, 120, 12),
        };
        var path = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.json");
        try
        {
            report.Save(path);
            var text = File.ReadAllText(path);
            using var json = JsonDocument.Parse(text);
            var b4 = json.RootElement.GetProperty("b4");
            Assert.Equal(750, b4.GetProperty("requestsPerApplication").GetDouble());
            Assert.Equal(6.8, b4.GetProperty("idleRequestsPerSecond").GetDouble());
            Assert.Equal(120.5, b4.GetProperty("byResource").GetProperty("<hub>History").GetDouble());
            Assert.Contains("\"<hub>History\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("b4-secret", text, StringComparison.Ordinal);
            using var table = new StringWriter();
            report.Write(table);
            Assert.Contains("<hub>History", table.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("b4")] // B4 needs an Azurite of its own, with its debug log
    [InlineData("b1,b5")]
    [InlineData(",")]
    public void Parse_RefusesAnOnlyItCannotRun(string only) =>
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--storage", "x", "--only", only]));

    [Fact]
    public void Parse_RunsEveryPartByDefault()
    {
        var options = BenchOptions.Parse(["--storage", "x", "--b4-storage", "y", "--b4-debug-log", "/tmp/debug.log"]);
        Assert.All(BenchOptions.Parts, p => Assert.True(options.Runs(p)));
        Assert.Equal(20, options.Applications);
        Assert.Equal(30, options.IdleSeconds);
    }
}
