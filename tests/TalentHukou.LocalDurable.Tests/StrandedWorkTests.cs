using System.Reflection;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Testing;

namespace TalentHukou.LocalDurable.Tests;

/// <summary>
/// A host stopped while an activity runs: the worker leaves without answering, and the sidecar's dispatcher would wait
/// an hour for that answer and then end the process (as it did to the API test run in CI). The runtime releases it.
/// </summary>
public sealed class StrandedWorkTests
{
    [Fact]
    public async Task HostStoppedWhileActivityRuns_SidecarHasNoOutstandingWorkAfterStop()
    {
        var gate = new ActivityOutcomeOutageTests.ActivityGate();
        var host = await LocalHostUnderTest.StartAsync(
            extraTasks: r =>
            {
                r.AddOrchestrator<ActivityOutcomeOutageTests.GatedOrchestration>();
                r.AddActivity<ActivityOutcomeOutageTests.GatedActivity>();
            },
            services: s => s.AddSingleton(gate));
        var sidecar = host.Services.GetRequiredService<TaskHubGrpcServer>();
        await host.Durable.ScheduleNewOrchestrationInstanceAsync(
            nameof(ActivityOutcomeOutageTests.GatedOrchestration), "card");
        await gate.Started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(OutstandingWorkItems(sidecar) > 0);

        await host.DisposeAsync();
        gate.Finish.SetResult(); // the activity ends only after its worker is gone: nobody will hear its answer

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (OutstandingWorkItems(sidecar) > 0 && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(0, OutstandingWorkItems(sidecar));
        Assert.Contains(host.Logs.Entries, e => e.EventId == 1210);
    }

    /// <summary>The count the sidecar's dispatchers wait on when they stop (private to the preview package).</summary>
    private static int OutstandingWorkItems(TaskHubGrpcServer sidecar)
    {
        var host = Field(sidecar, "dispatcherHost");
        return new[] { "orchestrationDispatcher", "activityDispatcher" }
            .Sum(name => (int)Field(Field(host, name), "currentWorkItems"));
    }

    private static object Field(object owner, string name)
    {
        for (var type = owner.GetType(); type is not null; type = type.BaseType)
        {
            var field = type.GetField(name, BindingFlags.Instance | BindingFlags.NonPublic);
            if (field is not null) return field.GetValue(owner)!;
        }

        throw new InvalidOperationException($"{owner.GetType().Name} has no field {name}.");
    }
}
