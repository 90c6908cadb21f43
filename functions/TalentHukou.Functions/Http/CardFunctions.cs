using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Functions.Http;

/// <summary>Cards: the PDF download, the public verification, and the simulated public-security cross-check.</summary>
public sealed class CardFunctions(HttpRouteRunner runner)
{
    [Function("GetApplicationCard")]
    public Task<IActionResult> GetApplicationCard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "applications/{applicationId}/card")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("VerifyCard")]
    public Task<IActionResult> VerifyCard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cards/{cardNumber}/verification")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("CrossCheckCard")]
    public Task<IActionResult> CrossCheckCard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "psb/cross-checks")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);
}
