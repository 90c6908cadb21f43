using System.Net;
using System.Net.Http.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Processes;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Tests.Cards;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Registry;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Registry.Orchestrations;

namespace TalentHukou.Api.Tests.Applications;

/// <summary>
/// A host that died between storing an application (or a registry request) and starting its process, and an author who
/// never submits again: the sweep starts the process, or frees the person when the application itself was never stored.
/// </summary>
/// <remarks>
/// The tests that watch one thing of their own (an application, a person, a request) share one sweeping host; the two
/// that see the whole host (no unstarted mark left at all; the sweep itself ended) start their own.
/// </remarks>
public class UnstartedProcessSweepTests(UnstartedProcessSweepTests.SweepingHost sweeping)
    : IClassFixture<UnstartedProcessSweepTests.SweepingHost>
{
    [Fact]
    public async Task ApplicationStoredButNeverStarted_SweepStartsItWithoutARetry()
    {
        var host = sweeping.Host;
        var owner = "applicant-" + Guid.NewGuid().ToString("N")[..8];
        var stored = await CardSagaDriver.SeedAsync(
            host, owner, stage: ApplicationStage.HrssReview, processStarted: false);

        await Eventually.TrueAsync(
            async () => await host.Durable.GetInstanceAsync(ApplicationOrchestrator.InstanceIdFor(stored.ApplicationId))
                is not null,
            "the sweep starts the application's process");
        // Logged just after the start (the instance is visible a moment earlier).
        await Eventually.TrueAsync(
            () => Task.FromResult(host.Logs.Entries.Any(
                e => e.EventId == 3102 && e.Properties.Any(p => Equals(p.Value, stored.ApplicationId)))),
            "the sweep logs that it started the application");
        await Eventually.TrueAsync(async () => !(await UnstartedIdsAsync(host)).Contains(stored.ApplicationId),
            "its unstarted mark goes");
        var applicant = await host.ClientForAsync(owner, ["applicant"]);
        Assert.Equal(
            "hrss-review",
            (await Json.ReadAsync(await applicant.GetAsync($"applications/{stored.ApplicationId}"))).Str("stage"));
    }

    [Fact]
    public async Task PersonLockedButApplicationNeverStored_SweepFreesThePerson()
    {
        await using var host = await StartAsync();
        var idNumber = IdNumbers.New();
        var applicant = await ApplicationFlows.ApplicantAsync(host, idNumber);
        var index = await DeadHostLeftovers.LockWithoutApplicationAsync(host, idNumber);

        await Eventually.TrueAsync(
            async () => !await DeadHostLeftovers.IsLockedAsync(host, index),
            "the sweep releases the lock of an application never stored");
        Assert.Empty(await UnstartedIdsAsync(host));
        var accepted = await applicant.PostAsJsonAsync(
            "applications", await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "manual", idNumber));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    [Fact]
    public async Task ApplicationRunningButNotYetRememberedAsLatest_SweepRemembersIt()
    {
        var host = sweeping.Host;
        var idNumber = IdNumbers.New();
        var applicant = await ApplicationFlows.ApplicantAsync(host, idNumber);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        var index = await DeadHostLeftovers.StartedButNotRememberedAsync(host, idNumber, id);

        await Eventually.TrueAsync(
            async () => await DeadHostLeftovers.LatestAsync(host, index) == id,
            "the sweep, finding the process running through its mark, remembers it as the person's latest");
        await Eventually.TrueAsync(
            async () => !(await UnstartedIdsAsync(host)).Contains(id), "its unstarted mark goes");
    }

    [Fact]
    public async Task SweepEndedByOps_NextSubmissionStartsItAgain()
    {
        await using var host = await StartAsync();
        await Eventually.TrueAsync(async () => await IsRunningAsync(host), "the local host starts the sweep");
        await host.Durable.TerminateInstanceAsync(UnstartedProcessSweep.InstanceId, "ops test");
        await Eventually.TrueAsync(
            async () => (await host.Durable.GetInstanceAsync(UnstartedProcessSweep.InstanceId))?.RuntimeStatus
                == OrchestrationRuntimeStatus.Terminated,
            "the sweep is terminated");

        await ApplicationFlows.SubmitAsync(await ApplicationFlows.ApplicantAsync(host), "E-DEMO-TECH", "manual");
        Assert.True(await IsRunningAsync(host));
    }

    private static async Task<bool> IsRunningAsync(LocalHostUnderTest host) =>
        (await host.Durable.GetInstanceAsync(UnstartedProcessSweep.InstanceId))?.RuntimeStatus
            is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending;

    [Fact]
    public async Task RegistryRequestStoredButNeverStarted_SweepStartsItsReview()
    {
        var host = sweeping.Host;
        var now = DateTimeOffset.UtcNow;
        var request = new RegistryRequest(
            TableKeys.SortableId("RQ", now),
            RegistryRequestType.School,
            RegistryRequestStatus.Pending,
            "requester-" + Guid.NewGuid().ToString("N")[..8], "某某职业学院", now, now.AddDays(1), "{}");
        await host.Services.GetRequiredService<UnstartedMarks>()
            .MarkAsync("registry-request", request.RequestId, null, CancellationToken.None);
        await host.Services.GetRequiredService<RegistryRequestStore>().AddAsync(request, CancellationToken.None);

        await Eventually.TrueAsync(async () =>
                await host.Durable.GetInstanceAsync(RegistryReviewOrchestrator.InstanceIdFor(request.RequestId))
                    is not null,
            "the sweep starts the request's review");
        await Eventually.TrueAsync(
            async () => !(await UnstartedIdsAsync(host)).Contains(request.RequestId), "its unstarted mark goes");
    }

    private static async Task<IReadOnlyList<string>> UnstartedIdsAsync(LocalHostUnderTest host) =>
        (await host.Services.GetRequiredService<UnstartedMarks>()
            .OlderThanAsync(DateTimeOffset.MaxValue, CancellationToken.None))
        .Select(m => m.Id).ToList();

    /// <summary>A host whose sweep runs every second and starts what has been unstarted for two.</summary>
    private static Task<LocalHostUnderTest> StartAsync() => LocalHostUnderTest.StartAsync(
        settings: new Dictionary<string, string?>
        {
            ["Processes:Unstarted:SweepInterval"] = "00:00:01",
            ["Idempotency:PendingTimeout"] = "00:00:02",
        });

    /// <summary>One sweeping host for the tests that only watch their own application or request.</summary>
    public sealed class SweepingHost : IAsyncLifetime
    {
        public LocalHostUnderTest Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await StartAsync();

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
