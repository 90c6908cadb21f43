using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
        // longer than its visibility timeout (30 s by default, easily reached on a loaded machine) lets the message
        // come back, so the activity runs again and that run records the outcome (a documented at-least-once case).
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
        // The activity starts as soon as its message is sent, before the orchestration's episode is checkpointed
        // (history, then the instance row). An outage that cuts the history write leaves no ExecutionStarted to
        // replay: the provider discards the activity's result ("No such instance") and the orchestration waits for its
        // start message to reappear, after the 10-minute visibility timeout above. The case under test is storage down
        // while the activity runs, so storage stops once the instance row says Running.
        await WaitForAsync(async () => (await host.Durable.GetInstanceAsync(id))?.RuntimeStatus
            == OrchestrationRuntimeStatus.Running, "the orchestration's first episode to be checkpointed");

        await azurite.StopAsync();
        gate.Finish.SetResult();
        await WaitForAsync(() => Logged(host, 1201, id), "the runtime to report that it retries recording the result");
        await azurite.StartAgainAsync();

        var restarted = DateTime.UtcNow;
        OrchestrationMetadata done;
        try
        {
            done = await InstanceWaits.ForCompletionAsync(host.Durable, id);
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException(Explain(host, azurite, id, restarted), e);
        }
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("signed(card)", done.ReadOutputAs<string>());
        // Logged right after the result is recorded, so possibly a moment after the orchestration completes.
        await WaitForAsync(() => Logged(host, 1202, id), "the runtime to report the result recorded");
        Assert.Equal(1, gate.Runs);
    }

    private static bool Logged(LocalHostUnderTest host, int eventId, string instanceId) =>
        host.Logs.Entries.Any(e => e.EventId == eventId && e.Properties.Any(p => Equals(p.Value, instanceId)));

    /// <summary>
    /// Why the orchestration did not complete: how Azurite stopped, when it was back, and what the runtime and the
    /// task hub's provider logged about recording the result, partitions and storage errors.
    /// </summary>
    private static string Explain(LocalHostUnderTest host, AzuriteProcess azurite, string id, DateTime restarted)
    {
        var relevant = host.Logs.Entries.Where(e => e.EventId is 1201 or 1202 || e.Level >= LogLevel.Warning
            || e.Message.Contains("partition", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("lease", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains(id, StringComparison.Ordinal));
        return $"Orchestration {id} did not complete; Azurite {azurite.LastStop}, listening again at {restarted:O}, "
            + $"now {DateTime.UtcNow:O}. Logged:\n" + string.Join("\n", relevant.TakeLast(80).Select(Line));
    }

    private static string Line(CapturedLog e) =>
        $"{e.At:HH:mm:ss.fff} {e.Level} {e.Category} {e.EventId}: "
        + (e.Message.Length > 400 ? e.Message[..400] + "…" : e.Message);

    private static Task WaitForAsync(Func<bool> condition, string what) =>
        WaitForAsync(() => Task.FromResult(condition()), what);

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!await condition())
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
