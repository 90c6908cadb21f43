using System.Net;
using System.Net.Http.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Api.Tests.Cards;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Domain.Applications;
using TalentHukou.Testing;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Applications.Recovery;
using TalentHukou.Adapters.Applications;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Testing.Data;

namespace TalentHukou.Api.Tests.Applications;

/// <summary>
/// A host that died between storing an application and starting its process, and an applicant who never submits again:
/// the sweep starts the process, or frees the person when the application itself was never stored.
/// </summary>
public class UnstartedApplicationSweepTests
{
    [Fact]
    public async Task ApplicationStoredButNeverStarted_SweepStartsItWithoutARetry()
    {
        await using var host = await StartAsync();
        var owner = "applicant-" + Guid.NewGuid().ToString("N")[..8];
        var stored = await CardSagaDriver.SeedAsync(host, owner, stage: ApplicationStage.HrssReview, processStarted: false);

        await Eventually.TrueAsync(async () => await host.Durable.GetInstanceAsync(ApplicationOrchestrator.InstanceIdFor(stored.ApplicationId)) is not null,
            "the sweep starts the application's process");
        // Logged just after the start (the instance is visible a moment earlier).
        await Eventually.TrueAsync(() => Task.FromResult(host.Logs.Entries.Any(e => e.EventId == 3102 && e.Properties.Any(p => Equals(p.Value, stored.ApplicationId)))),
            "the sweep logs that it started the application");
        await Eventually.TrueAsync(async () => !(await Store(host).UnstartedAsync(DateTimeOffset.MaxValue, CancellationToken.None)).Contains(stored.ApplicationId),
            "its unstarted mark goes");
        var applicant = await host.ClientForAsync(owner, ["applicant"]);
        Assert.Equal("hrss-review", (await Json.ReadAsync(await applicant.GetAsync($"applications/{stored.ApplicationId}"))).Str("stage"));
    }

    [Fact]
    public async Task PersonLockedButApplicationNeverStored_SweepFreesThePerson()
    {
        await using var host = await StartAsync();
        var applicant = await ApplicationFlows.ApplicantAsync(host);
        var idNumber = IdNumbers.New();
        var index = await DeadHostLeftovers.LockWithoutApplicationAsync(host, idNumber);

        await Eventually.TrueAsync(async () => !await DeadHostLeftovers.IsLockedAsync(host, index), "the sweep releases the lock of an application never stored");
        Assert.Empty(await Store(host).UnstartedAsync(DateTimeOffset.MaxValue, CancellationToken.None));
        var accepted = await applicant.PostAsJsonAsync("applications", await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "manual", idNumber));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    [Fact]
    public async Task SweepEndedByOps_NextSubmissionStartsItAgain()
    {
        await using var host = await StartAsync();
        await Eventually.TrueAsync(async () => await IsRunningAsync(host), "the local host starts the sweep");
        await host.Durable.TerminateInstanceAsync(UnstartedApplicationSweep.InstanceId, "ops test");
        await Eventually.TrueAsync(async () => (await host.Durable.GetInstanceAsync(UnstartedApplicationSweep.InstanceId))?.RuntimeStatus == OrchestrationRuntimeStatus.Terminated,
            "the sweep is terminated");

        await ApplicationFlows.SubmitAsync(await ApplicationFlows.ApplicantAsync(host), "E-DEMO-TECH", "manual");
        Assert.True(await IsRunningAsync(host));
    }

    private static async Task<bool> IsRunningAsync(LocalHostUnderTest host) =>
        (await host.Durable.GetInstanceAsync(UnstartedApplicationSweep.InstanceId))?.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending;

    private static ApplicationStore Store(LocalHostUnderTest host) => host.Services.GetRequiredService<ApplicationStore>();

    /// <summary>A host whose sweep runs every second and starts what has been unstarted for two.</summary>
    private static Task<LocalHostUnderTest> StartAsync() => LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Applications:Unstarted:SweepInterval"] = "00:00:01",
        ["Idempotency:PendingTimeout"] = "00:00:02",
    });
}
