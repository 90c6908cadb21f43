using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace TalentHukou.Testing;

/// <summary>
/// A running API the flows drive over HTTP: the local host, or the Functions app through the host harness. Both mint
/// dev tokens at <c>POST dev/token</c> (the local host with its dev key, the harness with its test OpenID issuer).
/// </summary>
public interface IApiUnderTest
{
    /// <summary>The API's base address, ending in <c>/api/</c>.</summary>
    Uri BaseAddress { get; }

    /// <summary>A client without a token.</summary>
    HttpClient Anonymous { get; }

    /// <summary>
    /// A client carrying a dev token for <paramref name="sub"/> with the given roles and scope claims (and e-mail), and
    /// a verified ID number: <paramref name="idNumber"/>, or a fresh one (<see cref="VerifiedIdentities.Of"/>).
    /// </summary>
    Task<HttpClient> ClientForAsync(
        string sub,
        string[] roles,
        string? unit = null,
        string? hrss = null,
        string? email = null,
        string? idNumber = null);

    /// <summary>A dev token for <paramref name="sub"/>, as a person pastes it (the ops page, say).</summary>
    Task<string> TokenForAsync(
        string sub,
        string[] roles,
        string? unit = null,
        string? hrss = null,
        string? email = null,
        string? idNumber = null);
}

/// <summary>The one implementation of <see cref="IApiUnderTest"/>'s sign-in, over <c>POST dev/token</c>.</summary>
public static class DevTokenClients
{
    public static async Task<HttpClient> ClientForAsync(IApiUnderTest api,
        string sub, string[] roles, string? unit, string? hrss, string? email, string? idNumber)
    {
        ArgumentNullException.ThrowIfNull(api);
        idNumber ??= Data.IdNumbers.New();
        var token = await TokenForAsync(api, sub, roles, unit, hrss, email, idNumber);
        var client = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        VerifiedIdentities.Remember(client, idNumber);
        return client;
    }

    public static async Task<string> TokenForAsync(IApiUnderTest api,
        string sub, string[] roles, string? unit, string? hrss, string? email, string? idNumber)
    {
        ArgumentNullException.ThrowIfNull(api);
        var response = await api.Anonymous.PostAsJsonAsync(
            "dev/token",
            new { sub, roles, unit, hrss, email, idNumber });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DevToken>())!.Token;
    }

    private sealed record DevToken(string Token);
}
