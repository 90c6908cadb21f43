using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;

namespace TalentHukou.Bench;

/// <summary>
/// B1: concurrent clients submit valid applications for distinct people; the baseline, measured just before on the same
/// Azurite with the same concurrency and count, is one raw single-entity insert per operation.
/// </summary>
public static class SubmitBenchmark
{
    public static async Task<LoadResult> RawInsertsAsync(BenchOptions options, string runId)
    {
        var table = new TableServiceClient(options.Storage).GetTableClient($"benchraw{runId}");
        await table.CreateIfNotExistsAsync();
        var payload = new string('x', 1500); // about the size of a stored application record
        return await LoadRun.RunAsync(options.Submissions, options.Concurrency, async i =>
        {
            var response = await table.AddEntityAsync(
                new TableEntity($"A{runId}{i:D8}", "app") { ["Data"] = payload, ["Stage"] = "Publicity" });
            return response.Status == 204;
        });
    }

    /// <summary>
    /// Submits the applications; answers the run and every accepted application with its owner's token.
    /// </summary>
    public static async Task<(LoadResult Run, IReadOnlyList<(string Id, AuthenticationHeaderValue Token)> Accepted)>
        SubmitAsync(
        BenchHost host, Applicants applicants, BenchOptions options)
    {
        var tokens = await TokensAsync(host, applicants, options.Submissions);
        var accepted = new (string Id, AuthenticationHeaderValue Token)?[options.Submissions];
        var run = await LoadRun.RunAsync(options.Submissions, options.Concurrency, async i =>
        {
            using var response = await host.SendAsync(HttpMethod.Post, "applications", tokens[i], applicants.Body(i));
            if (response.StatusCode != HttpStatusCode.Accepted) return false;
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            accepted[i] = (body.GetProperty("applicationId").GetString()!, tokens[i]);
            return true;
        });
        return (run, accepted.OfType<(string, AuthenticationHeaderValue)>().ToList());
    }

    public static async Task<AuthenticationHeaderValue[]> TokensAsync(BenchHost host, Applicants applicants, int count)
    {
        var tokens = new AuthenticationHeaderValue[count];
        await LoadRun.RunAsync(count, 16, async i =>
        {
            tokens[i] = await host.ApplicantTokenAsync(applicants.Subject(i), Applicants.IdNumber(i));
            return true;
        });
        return tokens;
    }
}
