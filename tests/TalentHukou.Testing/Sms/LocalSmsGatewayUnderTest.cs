using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.SmsGateway;

namespace TalentHukou.Testing.Sms;

/// <summary>The local SMS gateway (the development tool, the vendor's API) on a free port, for one test class.</summary>
public sealed class LocalSmsGatewayUnderTest : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri Endpoint { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public Inbox Inbox => _app!.Services.GetRequiredService<Inbox>();

    public async Task InitializeAsync()
    {
        _app = LocalSmsGatewayApp.Build(["--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
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

    /// <summary>Puts <paramref name="faults"/> in force (through the gateway's own HTTP switch, as a developer would).</summary>
    public async Task SetFaultsAsync(Faults faults) =>
        (await Http.PutAsJsonAsync("api/faults", faults)).EnsureSuccessStatusCode();

    /// <summary>The inbox's JSON list, newest first.</summary>
    public async Task<IReadOnlyList<InboxItem>> MessagesAsync() =>
        await Http.GetFromJsonAsync<List<InboxItem>>("api/messages") ?? [];

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }
}

/// <summary>One item of <c>GET /api/messages</c>.</summary>
public sealed record InboxItem(string To, string Text, DateTimeOffset At);
