using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Testing;

namespace TalentHukou.LocalDurable.Tests;

/// <summary>
/// An activity that ends while the task hub's storage is down: its result can be recorded neither then nor, on the
/// provider's own, ever after in this process (it keeps ignoring a message whose outcome it failed to record), so the
/// orchestration would wait forever. The local runtime retries recording it until storage is back.
/// </summary>
public sealed class ActivityOutcomeOutageTests
{
    [Fact]
    public async Task ActivityEndsWhileStorageIsDown_ResultRecordedOnceStorageIsBack_OrchestrationCompletes()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var gate = new ActivityGate();
        // Exactly once and recorded by the retry loop hold while the activity's message stays invisible: an outage
        // longer than its visibility timeout (30 s by default, easily reached on a loaded machine) lets the message come
        // back, so the activity runs again and that run records the outcome (a documented at-least-once case).
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["DurableTask:MessageVisibilityTimeout"] = "00:10:00",
        };
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: settings,
            extraTasks: r =>
            {
                r.AddOrchestrator<GatedOrchestration>();
                r.AddActivity<GatedActivity>();
            },
            services: s => s.AddSingleton(gate));
        var id = await host.Durable.ScheduleNewOrchestrationInstanceAsync(nameof(GatedOrchestration), "card");
        await gate.Started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        await azurite.StopAsync();
        gate.Finish.SetResult();
        await WaitForAsync(() => host.Logs.Entries.Any(e => e.EventId == 1201 && e.Properties.Any(p => Equals(p.Value, id))),
            "the runtime to report that it retries recording the result");
        await azurite.StartAgainAsync();

        var done = await InstanceWaits.ForCompletionAsync(host.Durable, id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("signed(card)", done.ReadOutputAs<string>());
        // Logged right after the result is recorded, so possibly a moment after the orchestration completes.
        await WaitForAsync(() => host.Logs.Entries.Any(e => e.EventId == 1202 && e.Properties.Any(p => Equals(p.Value, id))), "the runtime to report the result recorded");
        Assert.Equal(1, gate.Runs);
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited in vain for {what}.");
            await Task.Delay(200);
        }
    }

    /// <summary>Lets the test hold the activity until storage is down.</summary>
    public sealed class ActivityGate
    {
        private int _runs;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Runs => Volatile.Read(ref _runs);

        public async Task<string> PassAsync(string input)
        {
            Interlocked.Increment(ref _runs);
            Started.TrySetResult();
            await Finish.Task;
            return $"signed({input})";
        }
    }

    public sealed class GatedOrchestration : TaskOrchestrator<string, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
            context.CallActivityAsync<string>(nameof(GatedActivity), input);
    }

    public sealed class GatedActivity(ActivityGate gate) : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => gate.PassAsync(input);
    }
}
