using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TalentHukou.Bench;

/// <summary>
/// B2: M applications on the smart path, submitted together; once all await their card (publicity passed on the
/// accelerated clock), every applicant e-signs at once and the bench times each saga until its card is issued.
/// </summary>
public static class SmartPathBenchmark
{
    private static readonly TimeSpan AwaitingCardTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan CardTimeout = TimeSpan.FromMinutes(5);

    public static async Task<SmartPathFigures> RunAsync(BenchOptions options, string backend, string runId)
    {
        var names = $"b2{backend[..3].ToLowerInvariant()}{runId}";
        await using var host = await BenchHost.StartAsync(options, names, names, backend);
        var count = options.Sagas;
        var anyone = await host.ApplicantTokenAsync($"bench-{runId}-registry");
        var applicants = await Applicants.FromRegistryAsync(host, anyone, runId);
        var tokens = await SubmitBenchmark.TokensAsync(host, applicants, count);

        var pathWatch = Stopwatch.StartNew();
        var ids = await Task.WhenAll(
            Enumerable.Range(0, count).Select(i => host.SubmitAsync(applicants, i, tokens[i])));
        await Task.WhenAll(
            ids.Select((id, i) => WaitForStageAsync(host, id, tokens[i], ["awaiting-card"], AwaitingCardTimeout)));
        var toAwaitingCard = pathWatch.Elapsed;

        var signedAt = new long[count];
        var signing = Stopwatch.GetTimestamp();
        await Task.WhenAll(ids.Select((id, i) =>
        {
            signedAt[i] = Stopwatch.GetTimestamp();
            return host.SignAsync(id, tokens[i]);
        }));
        var issuedAt = await WaitForCardsAsync(host, ids);
        var last = issuedAt.Max();
        var stages = await Task.WhenAll(ids.Select((id, i) =>
            WaitForStageAsync(host, id, tokens[i], ["card-issued", "psb-synced"], TimeSpan.FromSeconds(30))));
        var latencies = new Latencies(
            ids.Select((_, i) => Stopwatch.GetElapsedTime(signedAt[i], issuedAt[i]).TotalMilliseconds));
        var sagaSeconds = Stopwatch.GetElapsedTime(signing, last).TotalSeconds;
        return new SmartPathFigures(
            backend,
            count,
            stages.Count(s => s),
            toAwaitingCard.TotalSeconds,
            sagaSeconds,
            count / sagaSeconds,
            latencies.P50,
            latencies.P99,
            pathWatch.Elapsed.TotalSeconds);
    }

    private static async Task<long[]> WaitForCardsAsync(BenchHost host, string[] ids)
    {
        var deadline = Stopwatch.StartNew();
        var issued = new long[ids.Length];
        while (true)
        {
            var pending = 0;
            for (var i = 0; i < ids.Length; i++)
                if (issued[i] == 0 && !host.Cards.TryGet(ids[i], out issued[i])) pending++;
            if (pending == 0) return issued;
            if (deadline.Elapsed > CardTimeout)
                throw new TimeoutException($"{pending} of {ids.Length} cards not issued within {CardTimeout}.");
            await Task.Delay(20);
        }
    }

    private static async Task<bool> WaitForStageAsync(
        BenchHost host, string id, AuthenticationHeaderValue token, string[] stages, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        string? stage = null;
        while (watch.Elapsed < timeout)
        {
            using var response = await host.SendAsync(HttpMethod.Get, $"applications/{id}", token);
            stage = response.IsSuccessStatusCode
                ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stage").GetString()
                : null;
            if (stages.Contains(stage)) return true;
            await Task.Delay(500);
        }
        throw new TimeoutException(
            $"Application {id} still at stage '{stage}' after {timeout}, expected {string.Join(" or ", stages)}.");
    }
}

/// <summary>B2's figures for one durable backend.</summary>
public sealed record SmartPathFigures(
    string Backend, int Sagas, int CardsSeen, double SecondsToAwaitingCard, double SagaSeconds, double SagasPerSecond,
    double SignatureToCardP50Ms, double SignatureToCardP99Ms, double TotalSeconds);
