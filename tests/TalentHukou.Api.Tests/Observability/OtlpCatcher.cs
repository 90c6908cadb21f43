using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TalentHukou.Api.Tests.Observability;

/// <summary>
/// A stand-in OpenTelemetry collector on a loopback port: keeps every OTLP/HTTP export (path and protobuf body).
/// </summary>
public sealed class OtlpCatcher : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpCatcher(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, byte[] Body)> Exports { get; } = new();

    public string Endpoint =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<OtlpCatcher> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var catcher = new OtlpCatcher(app);
        app.MapPost("/v1/{signal}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            catcher.Exports.Enqueue((http.Request.Path, body.ToArray()));
            http.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        return catcher;
    }

    /// <summary>
    /// Whether an export to <paramref name="path"/> holds <paramref name="text"/> (protobuf keeps strings as UTF-8).
    /// </summary>
    public bool Received(string path, string text) =>
        Exports.Any(e => e.Path == path && e.Body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0);

    /// <summary>
    /// Whether an export to <paramref name="path"/> holds the string attribute <paramref name="key"/> =
    /// <paramref name="value"/>: the protobuf of <c>KeyValue { key, value: AnyValue { string_value } }</c> (short
    /// strings: one-byte lengths).
    /// </summary>
    public bool ReceivedAttribute(string path, string key, string value)
    {
        var k = System.Text.Encoding.UTF8.GetBytes(key);
        var v = System.Text.Encoding.UTF8.GetBytes(value);
        byte[] pair = [0x0A, (byte)k.Length, .. k, 0x12, (byte)(v.Length + 2), 0x0A, (byte)v.Length, .. v];
        return Exports.Any(e => e.Path == path && e.Body.AsSpan().IndexOf(pair) >= 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
