using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.SmsGateway;

namespace TalentHukou.Testing.Sms;

/// <summary>
/// The local SMS gateway (the development tool, the vendor's API) on a free port, in the test's own process: for one
/// test class, or for one test whose local host is killed and started again (the gateway and its inbox live on).
/// </summary>
public sealed class LocalSmsGatewayUnderTest : IAsyncLifetime, IAsyncDisposable
{
    private WebApplication? _app;

    public Uri Endpoint { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public Inbox Inbox => _app!.Services.GetRequiredService<Inbox>();

    public async Task InitializeAsync()
    {
        _app = LocalSmsGatewayApp.Build(["--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        var address = _app.Services
            .GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        Endpoint = new Uri(address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/");
        Http.BaseAddress = Endpoint;
    }

    /// <summary>
    /// The service's settings for this gateway: the development <c>Sms</c> section (sign name, link, templates, keys)
    /// with the endpoint pointing here. Use as configuration for a host or to bind the options directly.
    /// </summary>
    public IReadOnlyDictionary<string, string?> ServiceSettings()
    {
        var development = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "service.appsettings.json")).Build().GetSection("Sms");
        var settings = development.AsEnumerable(makePathsRelative: true)
            .Where(kv => kv.Value is not null).ToDictionary(kv => "Sms:" + kv.Key, kv => kv.Value);
        settings["Sms:Tencent:Endpoint"] = Endpoint.ToString();
        return settings;
    }

    /// <summary>
    /// Puts <paramref name="faults"/> in force (through the gateway's own HTTP switch, as a developer would).
    /// </summary>
    public async Task SetFaultsAsync(Faults faults) =>
        (await Http.PutAsJsonAsync("api/faults", faults)).EnsureSuccessStatusCode();

    /// <summary>The inbox's JSON list, newest first.</summary>
    public async Task<IReadOnlyList<InboxItem>> MessagesAsync() =>
        await Http.GetFromJsonAsync<List<InboxItem>>("api/messages") ?? [];

    /// <summary>The texts the gateway received for <paramref name="phone"/>, once there are <paramref
    /// name="count"/> (or <paramref name="seconds"/> have passed).</summary>
    public async Task<IReadOnlyList<InboxItem>> TextsToAsync(string phone, int count = 1, int seconds = 60)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var texts = (await MessagesAsync()).Where(m => m.To.EndsWith(phone, StringComparison.Ordinal)).ToList();
            if (texts.Count >= count || DateTimeOffset.UtcNow > until) return texts;
            await Task.Delay(200);
        }
    }

    /// <summary>A random mainland mobile number (no other test uses it, in all likelihood).</summary>
    public static string NewPhone() =>
        "139" + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary><paramref name="count"/> distinct new numbers.</summary>
    public static IReadOnlyList<string> NewPhones(int count)
    {
        var phones = new HashSet<string>(StringComparer.Ordinal);
        while (phones.Count < count) phones.Add(NewPhone());
        return [.. phones];
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }
}

/// <summary>One item of <c>GET /api/messages</c>.</summary>
public sealed record InboxItem(string To, string Text, DateTimeOffset At);
