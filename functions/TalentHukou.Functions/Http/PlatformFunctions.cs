using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Functions.Http;

/// <summary>Health, the working-day calendar and the OpenAPI document.</summary>
public sealed class PlatformFunctions(HttpRouteRunner runner)
{
    [Function("GetHealth")]
    public Task<IActionResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("GetWorkingDays")]
    public Task<IActionResult> GetWorkingDays(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "calendar/working-days")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("GetCalendarYear")]
    public Task<IActionResult> GetCalendarYear(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "calendar/{year:int}")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("GetOpenApi")]
    public Task<IActionResult> GetOpenApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);
}
