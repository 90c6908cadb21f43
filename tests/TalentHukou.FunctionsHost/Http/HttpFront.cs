using Microsoft.AspNetCore.Http;
using TalentHukou.FunctionsHost.Issuer;

namespace TalentHukou.FunctionsHost.Http;

/// <summary>
/// The host's HTTP front: mapped before the worker connects (the host listens first), it serves once the worker's
/// functions are loaded; before that it answers 503 like a host whose worker is not ready. <c>POST /api/dev/token</c>
/// is the harness's own (the test issuer's tokens), never the worker's.
/// </summary>
public sealed class HttpFront(HttpForwarder forwarder, DevTokenEndpoint devTokens)
{
    private volatile Ready? _ready;

    public FunctionRouter? Router => _ready?.Router;

    public void Open(FunctionRouter router, Uri workerUri) => _ready = new Ready(router, workerUri);

    public Task ServeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (_ready is not { } ready)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        }
        if (DevTokenEndpoint.Serves(http.Request)) return devTokens.ServeAsync(http);
        var match = ready.Router.Match(http);
        if (match is not null) return forwarder.ForwardAsync(http, match, ready.WorkerUri);
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private sealed record Ready(FunctionRouter Router, Uri WorkerUri);
}
