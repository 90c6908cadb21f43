using System.Text.Json;
using TalentHukou.Bench;

namespace TalentHukou.LocalHost.Tests.Bench;

/// <summary>The bench's JSON results, for comparing runs: written whole, and without the Azurite connection string.</summary>
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
            Assert.DoesNotContain("secret-key", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
