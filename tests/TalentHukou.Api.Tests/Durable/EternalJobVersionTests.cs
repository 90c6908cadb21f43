using System.Text.Json;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Testing;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Retention;

namespace TalentHukou.Api.Tests.Durable;

/// <summary>
/// A periodic job started by an older release moves to the current version at its next round (ADR 0013): the local
/// sidecar over Azurite honours <c>ContinueAsNewOptions.NewVersion</c>, and the round then takes the new steps.
/// </summary>
public class EternalJobVersionTests
{
    private const string Job = InstanceRetentionJob.InstanceId;

    [Fact]
    public async Task RetentionJob_StartedAtVersion1_NextRoundRunsAtTheCurrentVersionAndPurgesTheAudit()
    {
        await using var host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Retention:CheckInterval"] = "00:00:01",
        });
        var service = host.Services.GetRequiredService<IOrchestrationServiceClient>();
        await Eventually.TrueAsync(async () => await host.Durable.GetInstanceAsync(Job) is not null,
            "the local host starts the job");
        await host.Durable.TerminateInstanceAsync(Job);
        await Eventually.TrueAsync(async () => (await host.Durable.GetInstanceAsync(Job))?.RuntimeStatus
            == OrchestrationRuntimeStatus.Terminated, "the job ends");
        // As a release before the bump left it: the job running at version 1.
        var atVersion1 = new Microsoft.DurableTask.StartOrchestrationOptions(Job) { Version = "1" };
        await host.Durable.ScheduleNewOrchestrationInstanceAsync(nameof(InstanceRetentionJob),
            host.Services.GetRequiredService<InstanceRetentionInput>(), atVersion1);
        var oldRound = await CurrentExecutionAsync(service);
        Assert.Equal("1", oldRound.Version);

        var current = OrchestrationVersions.For(nameof(InstanceRetentionJob));
        await Eventually.TrueAsync(async () => (await CurrentExecutionAsync(service)).Version == current,
            "the next round runs at the current version", 90);
        await Eventually.TrueAsync(() => CurrentRoundPurgedTheAuditAsync(service),
            "a round at the current version completes the audit purge", 90);
        Assert.NotEqual(oldRound.OrchestrationInstance.ExecutionId,
            (await CurrentExecutionAsync(service)).OrchestrationInstance.ExecutionId);
    }

    private static async Task<OrchestrationState> CurrentExecutionAsync(IOrchestrationServiceClient service) =>
        (await service.GetOrchestrationStateAsync(Job, allExecutions: false)).Single();

    /// <summary>True when the current round ran <see cref="PurgeExpiredAuditEntries"/> to completion.</summary>
    private static async Task<bool> CurrentRoundPurgedTheAuditAsync(IOrchestrationServiceClient service)
    {
        var round = await CurrentExecutionAsync(service);
        using var history = JsonDocument.Parse(
            await service.GetOrchestrationHistoryAsync(Job, round.OrchestrationInstance.ExecutionId));
        var events = history.RootElement.EnumerateArray().ToList();
        var scheduled = events.Where(e => Is(e, EventType.TaskScheduled)
                && e.GetProperty("Name").GetString() == nameof(PurgeExpiredAuditEntries))
            .Select(e => e.GetProperty("EventId").GetInt32());
        return round.Version == OrchestrationVersions.For(nameof(InstanceRetentionJob)) && scheduled.Any(id =>
            events.Any(e => Is(e, EventType.TaskCompleted) && e.GetProperty("TaskScheduledId").GetInt32() == id));
    }

    private static bool Is(JsonElement e, EventType type) => e.GetProperty("EventType").GetInt32() == (int)type;
}
