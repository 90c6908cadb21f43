using System.Net;
using System.Text.Json;
using TalentHukou.Testing.Http;

namespace TalentHukou.Testing.Http;

/// <summary>Asserts an answer is RFC 9457 problem details with the expected status and type.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(
        HttpResponseMessage response, HttpStatusCode status, string slug)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal($"urn:talenthukou:{slug}", problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.DoesNotContain("   at ", body); // never a stack trace
        return problem;
    }

    public static void NamesField(JsonElement problem, string field) =>
        Assert.True(
            problem.GetProperty("errors").TryGetProperty(field, out _),
            $"errors should name '{field}': {problem}");
}
