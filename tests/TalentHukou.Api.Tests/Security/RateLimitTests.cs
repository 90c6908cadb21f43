using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Security;

public class RateLimitTests
{
    private static Dictionary<string, string?> ThreeWritesPerMinute => new() { ["RateLimit:WritesPerMinute"] = "3" };

    [Fact]
    public async Task Writes_OverTheLimit_429ProblemWithRetryAfter_OtherSubjectsUnaffected()
    {
        var clock = new ShiftableTimeProvider();
        await using var host = await StartAsync(ThreeWritesPerMinute, clock);
        var flooder = await host.ClientForAsync("flooder", ["applicant"]);
        WithRoomInTheMinute(clock);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await WriteAsync(flooder)).StatusCode);
        var limited = await WriteAsync(flooder);
        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests, "too-many-requests");
        // until the next minute
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        // reads are not limited
        Assert.Equal(
            HttpStatusCode.OK, (await flooder.GetAsync("registry/employers?name=广州地铁集团有限公司")).StatusCode);
        var other = await host.ClientForAsync("someone-else", ["applicant"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await WriteAsync(other)).StatusCode);
    }

    [Fact]
    public async Task Writes_SpreadOverTwoInstances_ShareOneLimit()
    {
        var names = HostNames.New();
        var clock = new ShiftableTimeProvider(); // one clock, as two instances in one region share the time
        await using var first = await StartAsync(ThreeWritesPerMinute, clock, names);
        await using var second = await StartAsync(ThreeWritesPerMinute, clock, names);
        var onFirst = await first.ClientForAsync("two-instance-flooder", ["applicant"]);
        var onSecond = await second.ClientForAsync("two-instance-flooder", ["applicant"]);
        WithRoomInTheMinute(clock);

        Assert.Equal(HttpStatusCode.BadRequest, (await WriteAsync(onFirst)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WriteAsync(onSecond)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WriteAsync(onFirst)).StatusCode);

        // its own instance saw one write only
        Assert.Equal(HttpStatusCode.TooManyRequests, (await WriteAsync(onSecond)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await WriteAsync(onFirst)).StatusCode);
    }

    [Fact]
    public async Task Writes_OneSubjectAllAtOnce_EachCountedOnce()
    {
        var clock = new ShiftableTimeProvider();
        await using var host = await StartAsync(new() { ["RateLimit:WritesPerMinute"] = "10" }, clock);
        var burster = await host.ClientForAsync("burster", ["applicant"]);
        WithRoomInTheMinute(clock);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => WriteAsync(burster)));

        // Racing on one budget row, each write is counted, or refused once the count is full, or (losing the race on
        // every attempt) let through uncounted and logged: none is lost and none counted twice.
        var budget = await host.Services.GetRequiredService<StorageClients>().Table(StorageNames.WriteBudgetsTable)
            .GetEntityAsync<TableEntity>(TableKeys.Hash("burster"), "budget");
        var counted = budget.Value.GetInt32("Count")!.Value;
        var limited = answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        var uncounted = host.Logs.Entries.Count(e => e.EventId == 1003);
        Assert.Equal(16, counted + limited + uncounted);
        Assert.True(counted == 10 || limited == 0, $"{limited} refused while only {counted} of 10 were counted");
        Assert.All(
            answers,
            a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests }));
    }

    [Fact]
    public async Task Submission_BudgetRefusedWhileItsReadsRan_Same429AndNothingWritten()
    {
        var clock = new ShiftableTimeProvider();
        await using var host = await StartAsync(ThreeWritesPerMinute, clock);
        var applicant = await ApplicationFlows.ApplicantAsync(host);
        var body = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart");
        WithRoomInTheMinute(clock);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await WriteAsync(applicant)).StatusCode);

        // The handler runs while the budget is counted (ADR 0035): its reads go ahead, its first write waits.
        var refused = await applicant.PostAsJsonAsync("applications", body);

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Null(refused.Headers.Location);
        // It read the registries and reached its first write (the mark and the lock), which was never sent.
        Assert.Contains(host.Logs.Entries, e => e.EventId == 1004);
        var storage = host.Services.GetRequiredService<StorageClients>();
        foreach (var table in new[]
                 {
                     StorageNames.UnstartedProcessesTable, StorageNames.ActiveApplicationsTable,
                     StorageNames.ApplicationsTable, StorageNames.ApplicationIndexTable,
                 })
            Assert.False(await HasRowsAsync(storage.Table(table)), $"{table} has a row");
        Assert.Empty((await applicant.GetFromJsonAsync<JsonElement>("applications")).GetProperty("items")
            .EnumerateArray());
    }

    [Fact]
    public async Task AnonymousVerification_OverThePerClientLimit_429WithRetryAfter_SignedInUnaffected()
    {
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?> { ["RateLimit:AnonymousReadsPerMinute"] = "3" });
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 7; i++) answers.Add(await host.Anonymous.GetAsync("cards/R2600000000001/verification"));
        var limited = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited); // 7 in a row overflow a minute of 3 even if a minute turns among them
        await ProblemAssert.IsProblemAsync(limited[0], HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.NotNull(limited[0].Headers.RetryAfter);
        var psb = await host.ClientForAsync("psb-1", ["psb"]);
        await ProblemAssert.IsProblemAsync(
            await psb.GetAsync("cards/R2600000000001/verification"), HttpStatusCode.NotFound, "card-not-found");
    }

    [Fact]
    public async Task SignedInVerification_OverThePerAccountLimit_429_OtherAccountsUnaffected()
    {
        var clock = new ShiftableTimeProvider();
        await using var host = await StartAsync(new() { ["RateLimit:SignedInVerificationsPerMinute"] = "3" }, clock);
        var prober = await host.ClientForAsync("verification-prober", ["applicant"]);
        WithRoomInTheMinute(clock);
        for (var i = 0; i < 3; i++)
            Assert.Equal(
                HttpStatusCode.NotFound, (await prober.GetAsync($"cards/R260000000000{i}/verification")).StatusCode);
        var limited = await prober.GetAsync("cards/R2600000000009/verification");
        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.NotNull(limited.Headers.RetryAfter);
        var other = await host.ClientForAsync("verification-other", ["applicant"]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("cards/R2600000000009/verification")).StatusCode);
    }

    /// <summary>
    /// Makes sure 20 s or more of the host's current minute remain, so the budget's minute cannot turn mid-test: when
    /// fewer do, the host's clock (the one the budgets count minutes by) moves on into the next minute, as waiting for
    /// it did before, without the wait. Tokens minted later are at most 20 s ahead, well within the clock skew allowed.
    /// </summary>
    private static void WithRoomInTheMinute(ShiftableTimeProvider clock)
    {
        var intoMinute = TimeSpan.FromTicks(clock.GetUtcNow().Ticks % TimeSpan.TicksPerMinute);
        if (intoMinute > TimeSpan.FromSeconds(40))
            clock.Advance(TimeSpan.FromMinutes(1) - intoMinute + TimeSpan.FromMilliseconds(100));
    }

    /// <summary>A host whose clock <see cref="WithRoomInTheMinute"/> may move on.</summary>
    private static Task<LocalHostUnderTest> StartAsync(
        Dictionary<string, string?> settings, ShiftableTimeProvider clock, HostNames? names = null) =>
        LocalHostUnderTest.StartAsync(names, settings, services: s => s.AddSingleton<TimeProvider>(clock));

    private static async Task<bool> HasRowsAsync(TableClient table)
    {
        await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1)) return true;
        return false;
    }

    /// <summary>A write the route refuses (an empty add-request): counted by the limit, and nothing stored.</summary>
    private static Task<HttpResponseMessage> WriteAsync(HttpClient client) =>
        client.PostAsJsonAsync("registry/employer-requests", new { });
}
