using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Storage;
using TalentHukou.Reliability.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Notifications.Outbox;
using Xunit.Abstractions;

namespace TalentHukou.Reliability.Tests.HostileInput;

/// <summary>
/// A generated corpus of malformed and hostile requests against every write route, and every ops control aimed at the
/// victim's own business instances (<see cref="HostileOpsControls"/>): none answers 5xx, every answer is problem
/// details, and nothing is written (every table entity and blob of the host, and its task hub's instances, counted
/// before and after; the victim's processes keep their status).
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    public const int Requests = 5_200;

    [Fact]
    public async Task HostileCorpus_EveryWriteRoute_RefusedWithProblemDetailsAndNothingWritten()
    {
        var seed = ReliabilitySeed.Next(output, "hostile input");
        await using var smtp = SmtpCatcher.Started();
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?>(smtp.Settings())
            {
                // The corpus is about what handlers do, not about the rate limiter.
                ["RateLimit:WritesPerMinute"] = "1000000",
            });
        var victim = await VictimAsync(host);
        var storage = new HostStorage(host.Names, TestEnvironment.StorageConnectionString);
        await WaitForQuietAsync(storage);
        var before = await storage.CountEverythingAsync();
        var victimBefore = await VictimStateAsync(host, victim);

        // A careful uploader waits for the server's answer to "Expect: 100-continue" before sending the body; .NET's
        // default wait is 1 s, after which a 50 MB body races the server's 413 and may end in a broken pipe instead of
        // the answer.
        using var client = new HttpClient(
            new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var cases = new HostileCorpus(new Random(seed), victim).Generate(Requests)
            .Concat(new HostileOpsControls(victim).Generate()).ToList();
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (c, _) =>
        {
            string? problem;
            try
            {
                using var request = c.Build();
                // As a careful client sends: the server may refuse before the body travels, and no connection is
                // reused.
                request.Headers.ExpectContinue = request.Content is not null;
                request.Headers.ConnectionClose = true;
                using var response = await client.SendAsync(request);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                problem = await ProblemOf(response, c);
            }
            catch (HttpRequestException ex)
            {
                problem = "no answer: " + ex.GetBaseException().Message;
            }
            if (problem is not null) failures.Add($"{c.Route} [{c.Kind}: {Shorten(c.Description)}] → {problem}");
        });
        output.WriteLine($"{cases.Count} requests over {HostileCorpus.WriteRoutes.Count} write routes "
            + $"in {watch.Elapsed.TotalSeconds:F1} s; statuses: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value}")));
        output.WriteLine(
            $"of which {cases.Count(c => c.Kind.StartsWith("ops-", StringComparison.Ordinal))} ops controls "
            + $"on the victim's business instances over {HostileOpsControls.Routes.Count} routes");
        output.WriteLine(
            "kinds: " + string.Join(", ", cases.GroupBy(c => c.Kind).Select(g => $"{g.Key} ×{g.Count()}")));

        var unhandled = host.Logs.Lines.Where(l => l.Contains("Unhandled error", StringComparison.Ordinal)).Take(3);
        Assert.True(
            failures.IsEmpty,
            $"{failures.Count} bad answers (seed {seed}):\n" + string.Join("\n", failures.Take(20).Concat(unhandled)));
        Assert.Equal(
            HostileCorpus.WriteRoutes.Select(r => r.Name).Order(),
            cases.Select(c => c.Route).Distinct().Order());
        Assert.Equal(before, await storage.CountEverythingAsync());
        Assert.Equal(victimBefore, await VictimStateAsync(host, victim)); // no ops control suspended, ended or moved it
        Assert.Empty(unhandled);
    }

    /// <summary>The victim: an applicant with an application waiting for HRSS review and a support ticket.</summary>
    private static async Task<VictimResources> VictimAsync(LocalHostUnderTest host)
    {
        var victim = await ApplicationFlows.ApplicantAsync(host);
        var (applicationId, _) = await ApplicationFlows.SubmitAsync(victim, "E-DEMO-TECH", "manual");
        var ticket = await Tickets.FileAsync(victim);
        return new VictimResources(applicationId, ticket.Str("ticketId"), "李小龙");
    }

    /// <summary>The runtime status and custom status of the victim's application and ticket processes.</summary>
    private static async Task<string> VictimStateAsync(LocalHostUnderTest host, VictimResources victim)
    {
        var states = new List<string>();
        foreach (var id in new[] { "application-" + victim.ApplicationId, "ticket-" + victim.TicketId })
        {
            var instance = await host.Durable.GetInstanceAsync(id, getInputsAndOutputs: true);
            states.Add($"{id}: {instance?.RuntimeStatus} {instance?.SerializedCustomStatus}");
        }
        return string.Join("; ", states);
    }

    /// <summary>Waits until the victim's mail is out (so the outbox rows stop changing) before counting.</summary>
    private static Task WaitForQuietAsync(HostStorage storage) => Eventually.TrueAsync(async () =>
    {
        var outbox = await storage.RowsAsync(StorageNames.EmailOutboxTable);
        return outbox.Count >= 3 && outbox.All(r => r.GetString("Status") == OutboxStatus.Sent);
    }, "the victim's notices sent", seconds: 60);

    /// <summary>What is wrong with the answer, or null when it is a 4xx problem with a title and a detail.</summary>
    private static async Task<string?> ProblemOf(HttpResponseMessage response, HostileCase c)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        // The ops search is a read sent as a POST (so no card number lands in a URL): a well-formed key that names no
        // case is found nowhere, which is an answer, not a refusal. Anything else must be refused as below.
        if (c.Route == "OpsSearchCases" && status == 200 && body == "{\"items\":[]}") return null;
        // The corpus draws yes/no fields both ways: the duplicate-card route's revoking run (dryRun false) must be
        // refused to the ops role the corpus signs in with, while its dry run only counts: an answer, not a refusal
        // (the check that nothing was written still applies).
        if (c.Route == "OpsDuplicateCards"
            && status == 200
            && body.StartsWith("{\"dryRun\":true,", StringComparison.Ordinal))
            return null;
        if (status is < 400 or >= 500) return $"{status} {Shorten(body)}";
        // Kestrel's request parser refuses a NUL in the path before any application code runs: a bare 400, nothing to
        // shape.
        if (status == 400
            && body.Length == 0
            && c.Kind == "hostile-ids"
            && c.Description.Contains("%00", StringComparison.Ordinal))
            return null;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"{status} as {response.Content.Headers.ContentType}: {Shorten(body)}";
        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            var title = problem.TryGetProperty("title", out var t) ? t.GetString() : null;
            var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : null;
            return string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(detail)
                ? $"{status} without title or detail: {Shorten(body)}"
                : null;
        }
        catch (JsonException)
        {
            return $"{status} problem that is not JSON: {Shorten(body)}";
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

}
