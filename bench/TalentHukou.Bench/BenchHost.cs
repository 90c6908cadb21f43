using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentHukou.LocalHost.Hosting;

namespace TalentHukou.Bench;

/// <summary>
/// The local host in this process (as the tests start it): Development, accelerated clock, logging at Warning, its own
/// table prefix and task hub on the bench's Azurite, mail to the bench's SMTP catcher.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private static readonly string KeyDirectory = Path.Combine(Path.GetTempPath(), "talenthukou-bench-keys");
    private readonly WebApplication _app;

    private BenchHost(WebApplication app, Uri baseAddress, CardIssuedWatch cards)
    {
        _app = app;
        Cards = cards;
        Http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(120),
        };
    }

    public HttpClient Http { get; }

    /// <summary>When each card saga logged its card as issued.</summary>
    public CardIssuedWatch Cards { get; }

    /// <param name="watch">Also gives the host's application-step and email-sent log lines to this watch (B4).</param>
    public static async Task<BenchHost> StartAsync(
        BenchOptions options,
        string tablePrefix,
        string hubName,
        string backend = "AzureStorage",
        ProcessWatch? watch = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["LocalHost:Port"] = "0",
            ["Storage:ConnectionString"] = options.Storage,
            ["Storage:NamePrefix"] = tablePrefix,
            ["DurableTask:HubName"] = hubName,
            ["DurableTask:Backend"] = backend,
            ["Auth:Issuer"] = "https://talenthukou.local/dev",
            ["Auth:Audience"] = "talenthukou-api",
            ["Clock:Acceleration"] = options.Acceleration.ToString(CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Email:Transport"] = "Smtp",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = options.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["CardSigning:KeyPath"] = Path.Combine(KeyDirectory, "card-signing.pem"),
        };
        var cards = new CardIssuedWatch();
        var app = LocalHostApp.Build(["--environment=Development", $"--contentRoot={AppContext.BaseDirectory}"], b =>
        {
            b.Configuration.AddInMemoryCollection(settings);
            // The host's own warnings go to stderr, so stdout carries the figures only.
            b.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            b.Logging.AddProvider(cards);
            b.Logging.AddFilter<CardIssuedWatch>(null, LogLevel.None);
            b.Logging.AddFilter<CardIssuedWatch>(CardIssuedWatch.Category, LogLevel.Information);
            if (watch is null) return;
            b.Logging.AddProvider(watch);
            b.Logging.AddFilter<ProcessWatch>(null, LogLevel.None);
            b.Logging.AddFilter<ProcessWatch>(ProcessWatch.StepCategory, LogLevel.Information);
            b.Logging.AddFilter<ProcessWatch>(ProcessWatch.EmailCategory, LogLevel.Information);
        });
        await app.StartAsync();
        var sidecar = app.Configuration.GetValue<int>("DurableTask:SidecarPort");
        var port = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a).Port).First(p => p != sidecar);
        return new BenchHost(app, new Uri($"http://127.0.0.1:{port}/api/"), cards);
    }

    /// <summary>A dev token for <paramref name="sub"/> with the applicant role.</summary>
    /// <param name="sub">The caller.</param>
    /// <param name="idNumber">The caller's real-name-verified ID number (a submission must name it), if any.</param>
    public async Task<AuthenticationHeaderValue> ApplicantTokenAsync(string sub, string? idNumber = null)
    {
        using var response = await Http.PostAsJsonAsync("dev/token",
            new { sub, roles = new[] { "applicant" }, idNumber });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.Token;
        return new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Sends a request with a caller's token; the caller disposes the response.</summary>
    public Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, AuthenticationHeaderValue token, object? json = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = json is null ? null : JsonContent.Create(json) };
        request.Headers.Authorization = token;
        return Http.SendAsync(request);
    }

    /// <summary>Submits applicant <paramref name="n"/>'s application and answers its id.</summary>
    public async Task<string> SubmitAsync(Applicants applicants, int n, AuthenticationHeaderValue token)
    {
        using var response = await SendAsync(HttpMethod.Post, "applications", token, applicants.Body(n));
        await EnsureAcceptedAsync(response, $"Submission {n}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetString()!;
    }

    /// <summary>The applicant e-signs application <paramref name="id"/>, which starts its card saga.</summary>
    public async Task SignAsync(string id, AuthenticationHeaderValue token)
    {
        using var response = await SendAsync(
            HttpMethod.Post,
            $"applications/{id}/card/generate",
            token,
            new { consent = true, signedName = Applicants.Name });
        await EnsureAcceptedAsync(response, $"E-signature {id}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task EnsureAcceptedAsync(HttpResponseMessage response, string request)
    {
        if (response.StatusCode != HttpStatusCode.Accepted)
            throw new InvalidOperationException(
                $"{request} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private sealed record TokenBody(string Token);
}
