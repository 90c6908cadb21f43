using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Functions.Http;

/// <summary>
/// Admin: staff assignments and holiday notices. The routes are <c>/api/admin/staff...</c>; the host reserves
/// templates that begin with <c>admin</c>, so the first segment is a parameter constrained to it
/// (<c>ApiRoute.FunctionsTemplate</c>).
/// </summary>
public sealed class AdminFunctions(HttpRouteRunner runner)
{
    [Function("ListStaff")]
    public Task<IActionResult> ListStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{reserved:regex(^admin$)}/staff")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("AssignStaff")]
    public Task<IActionResult> AssignStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "{reserved:regex(^admin$)}/staff/{subject}")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("RevokeStaff")]
    public Task<IActionResult> RevokeStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "{reserved:regex(^admin$)}/staff/{subject}")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("PublishCalendarNotice")]
    public Task<IActionResult> PublishCalendarNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "{reserved:regex(^admin$)}/calendar/{year:int}")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);
}
