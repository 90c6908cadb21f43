using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Api.Idempotency;
using TalentHukou.Api.Tests.Cards;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Domain.Applications;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Applications.Orchestrations;

namespace TalentHukou.Api.Tests.Applications;

/// <summary>
/// A host that dies in the middle of a submission (found by the reliability suite's crash test): the applicant's retry
/// must neither be refused for ever nor leave an application without its process.
/// </summary>
[Collection(ThirdSharedHostCollection.Name)]
public class SubmissionCrashRecoveryTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task IdempotencyKey_ReservationAbandonedByADeadHost_RetryTakesItOver()
    {
        var sub = "applicant-" + Guid.NewGuid().ToString("N")[..8];
        var applicant = await Host.ClientForAsync(sub, ["applicant"]);
        var (abandoned, fresh) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        var store = Host.Services.GetRequiredService<IdempotencyStore>();
        await store.TryReserveAsync(
            IdempotencyScope.For(sub, "SubmitApplication", abandoned),
            "hash",
            DateTimeOffset.UtcNow.AddMinutes(-10),
            CancellationToken.None);
        await store.TryReserveAsync(
            IdempotencyScope.For(sub, "SubmitApplication", fresh),
            "hash",
            DateTimeOffset.UtcNow,
            CancellationToken.None);
        var body = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "manual");

        await ProblemAssert.IsProblemAsync(
            await SubmitAsync(applicant, body, fresh), HttpStatusCode.Conflict, "conflict"); // still in progress
        var retried = await SubmitAsync(applicant, body, abandoned);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        var replayed = await SubmitAsync(applicant, body, abandoned);
        Assert.Equal(HttpStatusCode.Accepted, replayed.StatusCode);
        Assert.Equal(
            (await Json.ReadAsync(retried)).Str("applicationId"),
            (await Json.ReadAsync(replayed)).Str("applicationId"));
    }

    [Fact]
    public async Task Submit_ApplicationStoredButItsProcessNeverStarted_RetryStartsIt()
    {
        var clock = new ShiftableTimeProvider();
        await using var host = await StartAsync(clock);
        var owner = "applicant-" + Guid.NewGuid().ToString("N")[..8];
        var stored = await CardSagaDriver.SeedAsync(
            host, owner, stage: ApplicationStage.HrssReview, processStarted: false);
        var applicant = await host.ClientForAsync(owner, ["applicant"], idNumber: stored.IdNumber);
        var body = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "manual", stored.IdNumber);
        Assert.Null(await host.Durable.GetInstanceAsync(ApplicationOrchestrator.InstanceIdFor(stored.ApplicationId)));
        var key = Guid.NewGuid().ToString("N");
        // it might still be a first try about to start it
        await AssertRetryShortlyAsync(await SubmitAsync(applicant, body, key));
        // the same person, another account; tokens are minted on the host's clock and checked on the real one
        var someoneElse = await ApplicationFlows.ApplicantAsync(host, stored.IdNumber);
        clock.Advance(PastPendingTimeout);

        var retried = await SubmitAsync(applicant, body, key); // the same key: "retry shortly" was not its final answer
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.Equal(stored.ApplicationId, (await Json.ReadAsync(retried)).Str("applicationId"));
        Assert.NotNull(
            await host.Durable.GetInstanceAsync(ApplicationOrchestrator.InstanceIdFor(stored.ApplicationId)));

        var again = await applicant.PostAsJsonAsync("applications", body);
        Assert.Equal(
            stored.ApplicationId,
            (await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "duplicate-application"))
                .Str("applicationId"));
        var theirs = await someoneElse.PostAsJsonAsync("applications", body);
        Assert.Equal(
            System.Text.Json.JsonValueKind.Null,
            (await ProblemAssert.IsProblemAsync(theirs, HttpStatusCode.Conflict, "duplicate-application"))
                .GetProperty("applicationId").ValueKind);
    }

    [Fact]
    public async Task Submit_PersonLockedButTheApplicationNeverStored_RetryTakesTheLockOver()
    {
        var clock = new ShiftableTimeProvider();
        await using var host = await StartAsync(clock);
        var idNumber = IdNumbers.New();
        var applicant = await ApplicationFlows.ApplicantAsync(host, idNumber);
        var body = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        await DeadHostLeftovers.LockWithoutApplicationAsync(host, idNumber);

        // It might still be a first try about to store it: not "already applied" without an id, which ends a
        // client's retries.
        var key = Guid.NewGuid().ToString("N");
        await AssertRetryShortlyAsync(await SubmitAsync(applicant, body, key));
        clock.Advance(PastPendingTimeout);

        var retried = await SubmitAsync(applicant, body, key);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        var applicationId = (await Json.ReadAsync(retried)).Str("applicationId");
        Assert.NotNull(await host.Durable.GetInstanceAsync(ApplicationOrchestrator.InstanceIdFor(applicationId)));
        await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync("applications", body), HttpStatusCode.Conflict, "duplicate-application");
    }

    private static async Task AssertRetryShortlyAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "submission-in-progress");
        Assert.False(problem.TryGetProperty("applicationId", out _)); // a client told the id would stop retrying
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private const string PendingTimeout = "00:05:00";
    private static readonly TimeSpan PastPendingTimeout = TimeSpan.FromMinutes(6);

    /// <summary>
    /// A host of its own whose clock the test moves past <c>Idempotency:PendingTimeout</c> instead of sleeping.
    /// </summary>
    private static Task<LocalHostUnderTest> StartAsync(ShiftableTimeProvider clock) => LocalHostUnderTest.StartAsync(
        settings: new Dictionary<string, string?> { ["Idempotency:PendingTimeout"] = PendingTimeout },
        services: s => s.AddSingleton<TimeProvider>(clock));

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, object body, string key) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "applications")
        {
            Content = JsonContent.Create(body),
            Headers = { { "Idempotency-Key", key } }
        });
}
