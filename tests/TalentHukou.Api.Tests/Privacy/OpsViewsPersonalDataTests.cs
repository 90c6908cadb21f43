using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Routing;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Privacy;

/// <summary>
/// Issue #27 item 5: ops sees ids, not people. Every ops read (and the application itself, read with an ops token)
/// answers without the person's name, e-mail, ID number, phone, certificate or card number, nor the card's holder
/// digest or signature; the histories of every instance of the case included.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class OpsViewsPersonalDataTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task OpsReads_ApplicationWithAnIssuedCard_NoRawPersonalDataInAnyAnswer()
    {
        var issued = await IssuedCase.OfAsync(Host);
        var ops = await Host.ClientForAsync("ops-privacy-reader", [Roles.Ops]);
        var id = issued.ApplicationId;
        var search = await Json.PostOkAsync(ops, "ops/search", new { q = id }, HttpStatusCode.OK);
        var instances = search.GetProperty("items")[0].GetProperty("instanceIds").EnumerateArray()
            .Select(i => i.GetString()!).ToList();
        Assert.Contains($"card-{id}-1", instances);

        var answers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [$"GET applications/{id}"] = await ops.GetStringAsync($"applications/{id}"),
            ["POST ops/search (id)"] = search.GetRawText(),
            ["POST ops/search (card)"] = await PostAsync(ops, "ops/search", new { q = issued.RawValues[5] }),
        };
        foreach (var route in ApiRouteTable.All
            .Where(r => r.Method == "GET" && r.Access.AnyOfRoles.Contains(Roles.Ops)))
            foreach (var url in UrlsOf(route.Template, id, instances))
                answers[$"GET {url}"] = await GetAsync(ops, url);

        Assert.Contains(answers.Keys, k => k.StartsWith($"GET ops/instances/card-{id}-1", StringComparison.Ordinal));
        var leaks = (from answer in answers
                     from text in IssuedCase.TextsOf(answer.Value)
                     from raw in issued.RawValues
                     where text.Contains(raw, StringComparison.OrdinalIgnoreCase)
                     select $"{answer.Key} shows {Masked(raw)}").Distinct().ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        var application = JsonDocument.Parse(answers[$"GET applications/{id}"]).RootElement;
        Assert.Equal("李**", application.GetProperty("applicant").Str("name"));
        Assert.Equal(id, application.Str("applicationId"));
    }

    /// <summary>
    /// The URLs that read a route for this case: each instance for an instance route, every filled template.
    /// </summary>
    private static IEnumerable<string> UrlsOf(string template, string applicationId, IReadOnlyList<string> instances)
    {
        if (template.Contains("{instanceId}", StringComparison.Ordinal))
            return instances.Select(i => template.Replace("{instanceId}", i, StringComparison.Ordinal));
        var url = template.Replace("{kind}", "application", StringComparison.Ordinal)
            .Replace("{caseId}", applicationId, StringComparison.Ordinal)
            .Replace("{bulkId}", "none", StringComparison.Ordinal);
        return url switch
        {
            "ops/instances/export" => [url + "?format=json", url + "?format=csv"],
            "ops/instances" => [url + "?pageSize=200"],
            _ => [url],
        };
    }

    /// <summary>
    /// The answer's body. Any failure fails the test but a 404 for the made-up bulk id or for a notice's instance (a
    /// notice queued, its dispatch not started yet); the case's own instances must answer.
    /// </summary>
    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var mayBeMissing = url.EndsWith("/none", StringComparison.Ordinal)
            || url.StartsWith("ops/instances/email-", StringComparison.Ordinal);
        if (!(mayBeMissing && response.StatusCode == HttpStatusCode.NotFound))
            Assert.True(response.IsSuccessStatusCode, $"GET {url}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> PostAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Masked(string raw) => raw.Length <= 4 ? "a short value" : raw[..2] + "…";
}
