using System.Net;
using System.Net.Http.Headers;

namespace TalentHukou.Bench;

/// <summary>B3: owners read their applications (<c>GET /applications/{id}</c>) at 64 concurrent.</summary>
public static class StatusReadBenchmark
{
    public static Task<LoadResult> RunAsync(BenchHost host, IReadOnlyList<(string Id, AuthenticationHeaderValue Token)> applications, BenchOptions options) =>
        LoadRun.RunAsync(options.Reads, options.ReadConcurrency, async i =>
        {
            var (id, token) = applications[i % applications.Count];
            using var response = await host.SendAsync(HttpMethod.Get, $"applications/{id}", token);
            await response.Content.LoadIntoBufferAsync();
            return response.StatusCode == HttpStatusCode.OK;
        });
}
