using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Adapters.Tests.Email.Acs;

namespace TalentHukou.Adapters.Tests.Email.Acs;

/// <summary>
/// A stand-in for the ACS Email service on 127.0.0.1 (Kestrel, free port): checks every request's HMAC signature
/// the way the service does (401 when wrong), records what it received and answers from per-test scripts.
/// </summary>
internal sealed class FakeAcsEmailService : IAsyncDisposable
{
    // base64("service-side-access-key-for-tests")
    public const string AccessKey = "c2VydmljZS1zaWRlLWFjY2Vzcy1rZXktZm9yLXRlc3Rz";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _sendReplies = new();
    private readonly ConcurrentQueue<ScriptedReply> _statusReplies = new();
    private readonly ConcurrentDictionary<string, bool> _acceptedOperations = new();

    private FakeAcsEmailService(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public string ConnectionString(string accessKey = AccessKey) => $"endpoint={Endpoint};accesskey={accessKey}";

    public IReadOnlyList<ReceivedRequest> Sends => [.. Received.Where(r => r.Method == "POST")];

    public IReadOnlyList<ReceivedRequest> Polls => [.. Received.Where(r => r.Method == "GET")];

    public static async Task<FakeAcsEmailService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var service = new FakeAcsEmailService(builder.Build());
        service._app.Run(service.HandleAsync);
        await service._app.StartAsync();
        var address = service._app.Services
            .GetRequiredService<IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        service.Endpoint = new Uri(address);
        return service;
    }

    public void OnSend(params ScriptedReply[] replies) => Array.ForEach(replies, _sendReplies.Enqueue);

    public void OnStatus(params ScriptedReply[] replies) => Array.ForEach(replies, _statusReplies.Enqueue);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = await ReceivedRequest.ReadAsync(context);
        Received.Enqueue(request);
        if (!AcsSignatureVerifier.IsValid(request, AccessKey))
        {
            await ScriptedReply.Error(401, "Denied", "Denied by the resource provider.").WriteAsync(context, "");
            return;
        }

        if (request.Method == "POST"
            && request.PathAndQuery.StartsWith("/emails:send?api-version=2025-09-01", StringComparison.Ordinal))
        {
            var reply = _sendReplies.TryDequeue(out var next) ? next : ScriptedReply.Accepted("Running");
            if (reply.StatusCode == 202)
            {
                _acceptedOperations[request.OperationId] = true;
            }

            await reply.WriteAsync(context, request.OperationId);
            return;
        }

        var id = request.PathAndQuery.Split('?')[0].Replace("/emails/operations/", "", StringComparison.Ordinal);
        if (request.Method == "GET" && _acceptedOperations.ContainsKey(id))
        {
            await (_statusReplies.TryDequeue(out var next) ? next : ScriptedReply.Status("Succeeded"))
                .WriteAsync(context, id);
            return;
        }

        await ScriptedReply.Error(404, "NotFound", "No such operation.").WriteAsync(context, id);
    }
}
