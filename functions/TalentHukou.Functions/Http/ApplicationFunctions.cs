using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Functions.Http;

/// <summary>Applications: submission, status, lists, reviews, objections and the card orders.</summary>
public sealed class ApplicationFunctions(HttpRouteRunner runner)
{
    [Function("SubmitApplication")]
    public Task<IActionResult> SubmitApplication(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applications")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("GetApplication")]
    public Task<IActionResult> GetApplication(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "applications/{applicationId}")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("ListApplications")]
    public Task<IActionResult> ListApplications(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "applications")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("UnitReviewApplication")]
    public Task<IActionResult> UnitReviewApplication(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applications/{applicationId}/unit-review")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("ReviewApplication")]
    public Task<IActionResult> ReviewApplication(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applications/{applicationId}/review")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("FileObjection")]
    public Task<IActionResult> FileObjection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applications/{applicationId}/objections")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("ResolveObjection")]
    public Task<IActionResult> ResolveObjection(
        [HttpTrigger(
            AuthorizationLevel.Anonymous,
            "post",
            Route = "applications/{applicationId}/objections/{objectionId}/resolution")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("IssueCard")]
    public Task<IActionResult> IssueCard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applications/{applicationId}/card/issue")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("GenerateCard")]
    public Task<IActionResult> GenerateCard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applications/{applicationId}/card/generate")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("WithdrawApplication")]
    public Task<IActionResult> WithdrawApplication(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applications/{applicationId}/withdraw")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("ListPublicity")]
    public Task<IActionResult> ListPublicity(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "publicity")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("FileRosterObjection")]
    public Task<IActionResult> FileRosterObjection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "publicity/{rosterId}/objections")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("ReturnApplication")]
    public Task<IActionResult> ReturnApplication(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applications/{applicationId}/return")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("CorrectApplication")]
    public Task<IActionResult> CorrectApplication(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applications/{applicationId}/correction")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("GetApplicationMaterial")]
    public Task<IActionResult> GetApplicationMaterial(
        [HttpTrigger(
            AuthorizationLevel.Anonymous,
            "get",
            Route = "applications/{applicationId}/materials/{materialId}")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);
}
