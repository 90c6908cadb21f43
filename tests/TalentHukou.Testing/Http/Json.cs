using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Testing.Http;

namespace TalentHukou.Testing.Http;

/// <summary>Small helpers to read JSON answers.</summary>
public static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).ToString();

    public static async Task<JsonElement> PostOkAsync(
        HttpClient client, string url, object body, System.Net.HttpStatusCode expected)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(
            expected == response.StatusCode,
            $"POST {url}: expected {(int)expected}, got {(int)response.StatusCode}: {json}");
        return JsonDocument.Parse(json).RootElement;
    }
}
