using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Testing;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Retention;

namespace TalentHukou.Api.Tests.Durable;

/// <summary>
/// The retention job purges ended orchestration instances older than <c>Retention:CompletedInstances</c>, with their
/// history, and leaves running ones (the periodic jobs themselves) alone. Seconds here instead of 90 days.
/// </summary>
public class RetentionJobTests
{
    private const string EndsAtOnce = "RetentionTestEndsAtOnce";

    [Fact]
    public async Task EndedInstance_OlderThanRetention_IsPurgedAndRunningJobsStay()
    {
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["Retention:CompletedInstances"] = "00:00:02",
                ["Retention:CheckInterval"] = "00:00:01",
            },
            extraTasks: r => r.AddOrchestratorFunc(EndsAtOnce, (TaskOrchestrationContext _) => Task.FromResult(1)));
        var id = await host.Durable.ScheduleNewOrchestrationInstanceAsync(EndsAtOnce);
        // Not WaitForInstanceCompletionAsync: the sidecar polls every few seconds, and with a 2-second retention the
        // instance may be purged between two polls, after which the wait never returns. The purge takes only ended
        // instances, so seeing it gone (after seeing it) proves it ended and was purged.
        Assert.NotNull(await host.Durable.GetInstanceAsync(id));
        await Eventually.TrueAsync(async () => await host.Durable.GetInstanceAsync(id) is null,
            "the retention job purges the ended instance once it is older than the retention");

        Assert.True(await IsRunningAsync(host, InstanceRetentionJob.InstanceId));
        Assert.True(await IsRunningAsync(host, UnstartedProcessSweep.InstanceId));
    }

    [Fact]
    public async Task Health_EnsuresThePeriodicJobs()
    {
        await using var host = await LocalHostUnderTest.StartAsync();
        // The local host starts the jobs itself; stop one, as an operator or a crash might,
        // and let health bring it back.
        await Eventually.TrueAsync(
            () => IsRunningAsync(host, InstanceRetentionJob.InstanceId), "the local host starts the job");
        await host.Durable.TerminateInstanceAsync(InstanceRetentionJob.InstanceId);
        // The termination is a control-queue message the sidecar takes on its next poll and dispatch: on a loaded CI
        // machine (parallel test hosts, every one polling) that once took over 30 s.
        await Eventually.TrueAsync(
            async () => !await IsRunningAsync(host, InstanceRetentionJob.InstanceId), "the job ends", 90);

        var health = await host.Anonymous.GetAsync("health");

        Assert.True(health.IsSuccessStatusCode, await health.Content.ReadAsStringAsync());
        Assert.DoesNotContain(host.Logs.Entries, e => e.EventId == 3111);
        await Eventually.TrueAsync(
            () => IsRunningAsync(host, InstanceRetentionJob.InstanceId), "health starts the job again");
        Assert.True(await IsRunningAsync(host, UnstartedProcessSweep.InstanceId));
    }

    private static async Task<bool> IsRunningAsync(LocalHostUnderTest host, string instanceId) =>
        await host.Durable.GetInstanceAsync(instanceId) is { } instance
        && instance.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending;
}
