using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Testing;

namespace TalentHukou.LocalDurable.Tests;

/// <summary>
/// Extended sessions on the local runtime (ExtendedSessionLoop): an instance's later episodes run on the state its
/// session holds, so the provider reads its history once; switched off, once per episode.
/// </summary>
public class ExtendedSessionTests
{
    /// <summary>The Azure Storage provider's FetchedInstanceHistory log event, one per history read.</summary>
    private const int FetchedInstanceHistory = 110;

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 4)] // the start and each of the three results
    public async Task ThreeActivitiesInTurn_HistoryReads_OncePerSessionOrOncePerEpisode(bool sessions, int reads)
    {
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?> { ["DurableTask:ExtendedSessions"] = sessions.ToString() },
            extraTasks: r =>
            {
                r.AddOrchestrator<ThreeStepsOrchestration>();
                r.AddActivity<EchoActivity>();
            });

        var id = await host.Durable.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeStepsOrchestration), "x");
        var done = await InstanceWaits.ForCompletionAsync(host.Durable, id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("x123", done.ReadOutputAs<string>());
        Assert.Equal(reads, host.Logs.Entries.Count(e =>
            e.EventId == FetchedInstanceHistory && e.Message.StartsWith(id, StringComparison.Ordinal)));
    }

    public sealed class ThreeStepsOrchestration : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            var value = input;
            for (var step = 1; step <= 3; step++)
                value = await context.CallActivityAsync<string>(nameof(EchoActivity), $"{value}{step}");
            return value;
        }
    }

    public sealed class EchoActivity : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(input);
    }
}
