using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TalentHukou.Bench;
using TalentHukou.Testing;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using Xunit.Abstractions;

namespace TalentHukou.LocalHost.Tests.RoundTrips;

/// <summary>
/// The storage requests one HTTP request causes, counted in Azurite's debug log: the request carries a W3C trace id,
/// the storage SDKs pass it on in <c>traceparent</c>, and the log shows each request's headers (docs/benchmarks.md,
/// "Storage requests of one submission and one status read"). What came before the answer is told by the log's order,
/// not its timestamps: Azurite stamps a line when its logger gets to it, seconds late on a busy machine, so the test
/// leaves a mark in the log (a probe's read of a partition of its own) once each answer is in.
/// </summary>
public class StorageRoundTripTests(ITestOutputHelper output)
{
    /// <summary>The round trips a submission waits for, one after the other (ADR 0032, ADR 0035).</summary>
    private const int MaxWaits = 9;

    /// <summary>Each test applicant writes once or twice; the last spends its budget on purpose.</summary>
    private const int WritesPerMinute = 3;

    [Fact]
    public async Task SubmissionAndStatusRead_CountedInAzuritesLog_StatusReadIsOnePointRead()
    {
        var log = Path.Combine(Path.GetTempPath(), $"talenthukou-azurite-debug-{Guid.NewGuid():N}.log");
        using var timings = new StorageRequestTimings();
        try
        {
            await using var azurite = await AzuriteProcess.StartAsync(log);
            await using var host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["RateLimit:WritesPerMinute"] = WritesPerMinute.ToString(CultureInfo.InvariantCulture),
            });
            // A first submission pays what only the first one does (the periodic jobs' check, cold clients).
            await ApplicationFlows.SubmitAsync(await ApplicationFlows.ApplicantAsync(host), "E-DEMO-TECH", "smart");
            var applicant = await ApplicationFlows.ApplicantAsync(host);
            var body = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart");

            var marks = new TableClient(azurite.ConnectionString, host.Names.TablePrefix + "Applications",
                new TableClientOptions { Diagnostics = { ApplicationId = AzuriteRequestLog.ProbeAgent } });
            var submit = await SendTracedAsync(applicant, marks, HttpMethod.Post, "applications", body);
            Assert.Equal(HttpStatusCode.Accepted, submit.Response.StatusCode);
            var id = (await submit.Response.Content.ReadFromJsonAsync<JsonElement>()).Str("applicationId");
            // Its first notice is on its timeline (no mail server here: queued, to be retried); this poll also leaves
            // the caller's authorization in this instance's recent reads, as a client polling its status would.
            await Eventually.GetJsonAsync(applicant, $"applications/{id}", HasNotice, 60);
            var read = await SendTracedAsync(applicant, marks, HttpMethod.Get, $"applications/{id}", null);
            Assert.Equal(HttpStatusCode.OK, read.Response.StatusCode);
            Assert.True(HasNotice(await read.Response.Content.ReadFromJsonAsync<JsonElement>()));

            var requests = await RequestsUntilMarkAsync(log, read.Mark);
            // The trace goes on into the process the submission started: only what came before the answer counts.
            var submission = submit.Caused(requests, host.Names);
            var status = read.Caused(requests, host.Names);
            foreach (var (r, role) in submission) output.WriteLine($"submit {r.At:HH:mm:ss.fff} {r.Method} {role}");
            foreach (var (r, role) in status) output.WriteLine($"status {r.At:HH:mm:ss.fff} {r.Method} {role}");

            Assert.Equal([("GET", "Applications")], status.Select(s => (s.Request.Method, s.Role)));
            // The process starts without a look for an instance of a new id: at most the backend's own guard against
            // replacing one reads the instances table before the answer (on a busy host the start may come after it).
            Assert.InRange(submission.Count(s => s.Role == "<hub>Instances" && s.Request.Method == "GET"), 0, 1);
            Assert.InRange(submission.Count, 12, 18);
            // What the submission waited for, one round trip after the other (docs/benchmarks.md): a round trip that
            // comes back into the chain fails this.
            var timed = timings.Of(submit.TraceId, submit.Answered);
            foreach (var r in timed) output.WriteLine($"timed {r.Start:ss.fff}-{r.End:ss.fff} {r.Method} {r.Url}");
            // Requests sent together can be timed one after the other on a loaded machine (the second leaves a few
            // milliseconds after the first was answered), which only ever adds waits: the least of up to three
            // submissions is what the code waits for.
            var waits = new List<int> { StorageRequestTimings.Waits(timed) };
            while (waits.Min() > MaxWaits && waits.Count < 3)
            {
                var another = await ApplicationFlows.ApplicantAsync(host);
                var again = await SendTracedAsync(another, marks, HttpMethod.Post, "applications",
                    await ApplicationFlows.BodyAsync(another, "E-DEMO-TECH", "smart"));
                Assert.Equal(HttpStatusCode.Accepted, again.Response.StatusCode);
                waits.Add(StorageRequestTimings.Waits(timings.Of(again.TraceId, again.Answered)));
            }
            output.WriteLine($"waits {string.Join(", ", waits)}");
            Assert.InRange(waits.Min(), 6, MaxWaits);

            await RefusedSubmissionSendsNoWriteAsync(host, marks, timings);

            // A record stored before its row kept notices: the same answer, its notices read from the outbox.
            await StoreAsBeforeAsync(azurite.ConnectionString, host.Names, id);
            var older = await SendTracedAsync(applicant, marks, HttpMethod.Get, $"applications/{id}", null);
            Assert.True(HasNotice(await older.Response.Content.ReadFromJsonAsync<JsonElement>()));
        }
        finally
        {
            File.Delete(log);
        }
    }

    /// <summary>
    /// A submission whose write budget is spent: its handler reads while the budget is counted (ADR 0035), and none
    /// of its writes leaves the host, neither to the service's tables nor through the durable backend.
    /// </summary>
    private async Task RefusedSubmissionSendsNoWriteAsync(
        LocalHostUnderTest host, TableClient marks, StorageRequestTimings timings)
    {
        var flooder = await ApplicationFlows.ApplicantAsync(host);
        var body = await ApplicationFlows.BodyAsync(flooder, "E-DEMO-TECH", "smart");
        var intoMinute = TimeSpan.FromTicks(DateTimeOffset.UtcNow.Ticks % TimeSpan.TicksPerMinute);
        if (intoMinute > TimeSpan.FromSeconds(55)) await Task.Delay(TimeSpan.FromMinutes(1) - intoMinute);
        for (var i = 0; i < WritesPerMinute; i++) // refused by the route (an empty add-request), counted
            Assert.Equal(HttpStatusCode.BadRequest,
                (await flooder.PostAsJsonAsync("registry/employer-requests", new { })).StatusCode);
        var refused = await SendTracedAsync(flooder, marks, HttpMethod.Post, "applications", body);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Response.StatusCode);
        var sent = timings.Of(refused.TraceId, refused.Answered);
        foreach (var r in sent) output.WriteLine($"refused {r.Method} {r.Url}");
        Assert.Contains(sent, r => r.Method == "GET" && r.Url.Contains("Employers", StringComparison.Ordinal));
        Assert.All(sent, r => Assert.Equal("GET", r.Method));
    }

    private static bool HasNotice(JsonElement application) =>
        application.GetProperty("timeline").EnumerateArray().Any(t => t.Str("event") == "notice");

    /// <summary>
    /// Rewrites the record's row as the release before kept it: the record's columns only. The process may write the
    /// row meanwhile (its next step), so a lost race reads it again.
    /// </summary>
    private static async Task StoreAsBeforeAsync(string connectionString, HostNames names, string applicationId)
    {
        var table = new TableClient(connectionString, names.TablePrefix + "Applications");
        for (var attempt = 1; ; attempt++)
        {
            var row = (await table.GetEntityAsync<TableEntity>(applicationId, "app")).Value;
            var before = new TableEntity(applicationId, "app")
            {
                ["Data"] = row.GetString("Data"),
                ["Stage"] = row.GetString("Stage"),
                ["KeepsMaterials"] = row.GetBoolean("KeepsMaterials"),
            };
            try
            {
                await table.UpdateEntityAsync(before, row.ETag, TableUpdateMode.Replace);
                return;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < 5)
            {
            }
        }
    }

    /// <summary>Sends a request with a fresh trace id; once it is answered, leaves a mark in Azurite's log.</summary>
    private static async Task<Traced> SendTracedAsync(
        HttpClient client, TableClient marks, HttpMethod method, string path, object? body)
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(method, path);
        request.Content = body is null ? null : JsonContent.Create(body);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var response = await client.SendAsync(request);
        var answered = DateTime.UtcNow;
        var mark = $"mark-{traceId}";
        await marks.GetEntityIfExistsAsync<TableEntity>(mark, "mark");
        return new Traced(traceId, mark, response, answered);
    }

    /// <summary>
    /// Every request in the log, in the log's order, once Azurite has written out <paramref name="mark"/> (it writes
    /// its log asynchronously: seconds late on a busy machine). All that came before the mark is in by then.
    /// </summary>
    private static async Task<IReadOnlyList<StorageRequest>> RequestsUntilMarkAsync(string log, string mark)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var requests = AzuriteRequestLog.Read(log);
            if (requests.Any(r => IsMark(r, mark))) return requests;
            Assert.True(DateTime.UtcNow < until, $"Azurite's log shows the mark {mark} within 60 s");
            await Task.Delay(250);
        }
    }

    private static bool IsMark(StorageRequest request, string mark) => request.Probe && request.Partition == mark;

    /// <summary>A request sent with a trace id, and the mark the test left in the log once it was answered.</summary>
    private sealed record Traced(string TraceId, string Mark, HttpResponseMessage Response, DateTime Answered)
    {
        /// <summary>The requests of this trace that Azurite logged before the mark, by role.</summary>
        public List<(StorageRequest Request, string Role)> Caused(IReadOnlyList<StorageRequest> log, HostNames names)
        {
            var answered = log.ToList().FindIndex(r => IsMark(r, Mark));
            Assert.True(answered >= 0, $"the mark {Mark} is in Azurite's log");
            return [.. log.Take(answered).Where(r => r.TraceId == TraceId)
                .Select(r => (r, AzuriteRequestLog.Normalise(r.Resource, names.HubName, names.TablePrefix)))];
        }
    }
}
