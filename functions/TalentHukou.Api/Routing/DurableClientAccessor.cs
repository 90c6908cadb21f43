using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace TalentHukou.Api.Routing;

/// <summary>
/// The Durable Task client for a request. The local host registers one client in DI; the Functions app receives
/// it per invocation through the <c>[DurableClient]</c> binding and attaches it to the request.
/// </summary>
public static class DurableClientAccessor
{
    private const string ItemKey = "TalentHukou.DurableClient";

    public static void Attach(HttpContext http, DurableTaskClient client) => http.Items[ItemKey] = client;

    public static DurableTaskClient Get(HttpContext http) =>
        http.Items.TryGetValue(ItemKey, out var attached) && attached is DurableTaskClient client
            ? client
            : http.RequestServices.GetRequiredService<DurableTaskClient>();
}
