using System.Text.Json;
using TalentHukou.Testing;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>The version table and the Functions host's settings that must not undo it.</summary>
public class OrchestrationVersionsTests
{
    [Fact]
    public void Current_EveryRegisteredOrchestrator_HasAVersion() =>
        Assert.Equal(
            DurableTasks.Orchestrators.Select(t => t.Name).Order(), OrchestrationVersions.Current.Keys.Order());

    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    public void Of_StampedOrMissingVersion_IsItsNumberOrOne(string? stamped, int expected) =>
        Assert.Equal(expected, OrchestrationVersions.Of(stamped));

    [Theory]
    [InlineData("1.0")]
    [InlineData("v2")]
    [InlineData("0")]
    public void Of_VersionThatIsNotAWholeNumber_Throws(string stamped) =>
        Assert.Throws<InvalidOperationException>(() => OrchestrationVersions.Of(stamped));

    /// <summary>
    /// Versions are per orchestrator, but the Functions host compares every instance with ONE app-wide defaultVersion
    /// unless matching is off; under its default (CurrentOrOlder) an instance at 2 would wait forever.
    /// </summary>
    [Fact]
    public void HostJson_DurableTask_MatchesNoAppWideVersion()
    {
        var durable = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "host.json")))
            .RootElement.GetProperty("extensions").GetProperty("durableTask");
        Assert.Equal("None", durable.GetProperty("versionMatchStrategy").GetString());
        Assert.False(durable.TryGetProperty("defaultVersion", out _), "each start stamps its orchestrator's own");
    }
}
