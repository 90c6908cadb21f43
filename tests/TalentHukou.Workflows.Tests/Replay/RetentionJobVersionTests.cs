using System.Text.Json;
using DurableTask.Core;
using DurableTask.Core.History;
using TalentHukou.Workflows.Retention;

namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>
/// The retention job's version 2 purges audit entries after the materials; a round of a version-1 instance (the job
/// live when the release ships, replayed until its round ends) still ends on its timer, and its next round runs at
/// version 2 (<c>EternalJobVersionTests</c>). No release recorded the job, so its round is written here as the task
/// hub stores it.
/// </summary>
public class RetentionJobVersionTests
{
    private static readonly DateTime Start = new(2026, 12, 6, 4, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("", "timer")]
    [InlineData("1", "timer")]
    [InlineData("2", "task PurgeExpiredAuditEntries #2")]
    public void Continue_MaterialsDeleted_Version1EndsOnItsTimerVersion2PurgesTheAudit(string version, string expected)
    {
        var actions = ReplayHarness.Continue(RoundAt(version), Start.AddSeconds(2), new TaskCompletedEvent(-1, 1, "0"));

        Assert.StartsWith(expected, Assert.Single(actions), StringComparison.Ordinal);
    }

    /// <summary>A round that purged the ended instances and scheduled the materials' deletion.</summary>
    private static ReplayFixture RoundAt(string version)
    {
        var input = JsonSerializer.Serialize(new InstanceRetentionInput(TimeSpan.FromDays(90), TimeSpan.FromHours(6)));
        var instance = new OrchestrationInstance { InstanceId = InstanceRetentionJob.InstanceId, ExecutionId = "e1" };
        HistoryEvent[] history =
        [
            new OrchestratorStartedEvent(-1) { Timestamp = Start },
            new ExecutionStartedEvent(-1, input)
            {
                Name = nameof(InstanceRetentionJob),
                Version = version,
                OrchestrationInstance = instance,
                Timestamp = Start,
            },
            new TaskScheduledEvent(0) { Name = nameof(PurgeEndedInstances), Timestamp = Start },
            new OrchestratorCompletedEvent(-1) { Timestamp = Start },
            new OrchestratorStartedEvent(-1) { Timestamp = Start.AddSeconds(1) },
            new TaskCompletedEvent(-1, 0, "0") { Timestamp = Start.AddSeconds(1) },
            new TaskScheduledEvent(1) { Name = nameof(DeleteExpiredMaterials), Timestamp = Start.AddSeconds(1) },
            new OrchestratorCompletedEvent(-1) { Timestamp = Start.AddSeconds(1) },
        ];
        return new ReplayFixture("written", "retention-round-v" + version, InstanceRetentionJob.InstanceId,
            nameof(InstanceRetentionJob), version, "Running", history);
    }
}
