using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Functions.Http;

/// <summary>
/// Employer, school and major registries, registry requests and their attachments, and unit admin permission.
/// </summary>
public sealed class RegistryFunctions(HttpRouteRunner runner)
{
    [Function("SearchEmployers")]
    public Task<IActionResult> SearchEmployers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "registry/employers")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("FileEmployerRequest")]
    public Task<IActionResult> FileEmployerRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "registry/employer-requests")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("GetRegistryRequest")]
    public Task<IActionResult> GetRegistryRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "registry/requests/{requestId}")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("ListRegistryRequests")]
    public Task<IActionResult> ListRegistryRequests(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "registry/requests")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("DecideRegistryRequest")]
    public Task<IActionResult> DecideRegistryRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "registry/requests/{requestId}/decision")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("FileUnitAdminRequest")]
    public Task<IActionResult> FileUnitAdminRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unit-admins/requests")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("DecideUnitAdminRequest")]
    public Task<IActionResult> DecideUnitAdminRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unit-admins/requests/{requestId}/decision")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("SearchSchools")]
    public Task<IActionResult> SearchSchools(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "registry/schools")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("SearchMajors")]
    public Task<IActionResult> SearchMajors(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "registry/majors")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("FileSchoolRequest")]
    public Task<IActionResult> FileSchoolRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "registry/school-requests")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("FileMajorRequest")]
    public Task<IActionResult> FileMajorRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "registry/major-requests")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("GetRegistryAttachment")]
    public Task<IActionResult> GetRegistryAttachment(
        [HttpTrigger(
            AuthorizationLevel.Anonymous,
            "get",
            Route = "registry/requests/{requestId}/attachments/{attachmentId}")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);
}
