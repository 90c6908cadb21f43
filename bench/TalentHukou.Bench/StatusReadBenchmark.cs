using System.Net;
using System.Net.Http.Headers;
using Azure.Data.Tables;

namespace TalentHukou.Bench;

/// <summary>
/// B3: owners read their applications (<c>GET /applications/{id}</c>) at 64 concurrent; the floor, measured in the same
/// run with the same count and concurrency, is one raw point read of a 1.5 KB entity (the rows B1's baseline wrote).
/// </summary>
public static class StatusReadBenchmark
{
    public static async Task<LoadResult> RawPointReadsAsync(BenchOptions options, string runId)
    {
        var table = new TableServiceClient(options.Storage).GetTableClient($"benchraw{runId}");
        return await LoadRun.RunAsync(options.Reads, options.ReadConcurrency, async i =>
        {
            var response = await table.GetEntityAsync<TableEntity>($"A{runId}{i % options.Submissions:D8}", "app");
            return response.Value.GetString("Data")?.Length == 1500;
        });
    }

    public static Task<LoadResult> RunAsync(
        BenchHost host,
        IReadOnlyList<(string Id, AuthenticationHeaderValue Token)> applications,
        BenchOptions options) =>
        LoadRun.RunAsync(options.Reads, options.ReadConcurrency, async i =>
        {
            var (id, token) = applications[i % applications.Count];
            using var response = await host.SendAsync(HttpMethod.Get, $"applications/{id}", token);
            await response.Content.LoadIntoBufferAsync();
            return response.StatusCode == HttpStatusCode.OK;
        });
}
