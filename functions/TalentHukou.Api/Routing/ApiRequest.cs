using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Api.Routing;

/// <summary>
/// What a handler gets: the HTTP context, the authenticated caller (if any) and helpers to read input.
/// </summary>
public sealed class ApiRequest(HttpContext http, ApiRoute route, Caller? caller)
{
    public HttpContext Http => http;

    public ApiRoute Route => route;

    /// <summary>The caller; routes that allow anonymous access must check <see cref="IsSignedIn"/> first.</summary>
    public Caller Caller =>
        caller ?? throw new InvalidOperationException($"Route {route.Name} is anonymous; no caller.");

    public bool IsSignedIn => caller is not null;

    public CancellationToken Aborted => http.RequestAborted;

    /// <summary>
    /// The durable client; behind the write budget's gate (<see cref="ApiRoute.ReadsWhileBudgetCounts"/>), one whose
    /// starts, events and changes wait for the gate, as storage writes do.
    /// </summary>
    public DurableTaskClient Durable => StorageWriteGate.Current is { } gate
        ? new WriteGatedDurableClient(DurableClientAccessor.Get(http), gate)
        : DurableClientAccessor.Get(http);

    public string RouteValue(string name) => http.Request.RouteValues[name]?.ToString() ?? "";

    public QueryReader Query() => new(http.Request.Query);

    public Task<T> ReadJsonAsync<T>() where T : class =>
        JsonBody.ReadAsync<T>(http.Request, route.MaxBodyBytes, http.RequestAborted);
}
