using System.Net.Http.Json;
using System.Text.Json;

namespace TalentHukou.Testing.Http;

/// <summary>Polls a resource until a condition holds (asynchronous work behind 202 answers).</summary>
public static class Eventually
{
    public static async Task<JsonElement> GetJsonAsync(
        HttpClient client, string url, Func<JsonElement, bool> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            last = await client.GetFromJsonAsync<JsonElement>(url);
            if (condition(last)) return last;
            await Task.Delay(200);
        }
        throw new TimeoutException($"GET {url} did not reach the expected state within {seconds}s; last: {last}");
    }

    /// <summary>
    /// POSTs <paramref name="body"/> until the answer meets <paramref name="condition"/> (a search over asynchronous
    /// work).
    /// </summary>
    public static async Task<JsonElement> PostJsonAsync(
        HttpClient client, string url, object body, Func<JsonElement, bool> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.PostAsJsonAsync(url, body);
            response.EnsureSuccessStatusCode();
            last = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (condition(last)) return last;
            await Task.Delay(200);
        }
        throw new TimeoutException($"POST {url} did not reach the expected state within {seconds}s; last: {last}");
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds; fails with <paramref name="what"/> after the timeout.
    /// </summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Not within {seconds}s: {what}");
    }
}
