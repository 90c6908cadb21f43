using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Functions.Http;

/// <summary>Ops: instance monitoring and control, metrics, and the ops page.</summary>
public sealed class OpsFunctions(HttpRouteRunner runner)
{
    [Function("OpsListInstances")]
    public Task<IActionResult> OpsListInstances(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/instances")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsGetInstance")]
    public Task<IActionResult> OpsGetInstance(
        [HttpTrigger(
            AuthorizationLevel.Anonymous,
            "get",
            Route = "ops/instances/{instanceId:regex(^(?!(histogram|export)$).+$)}")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsTerminateInstance")]
    public Task<IActionResult> OpsTerminateInstance(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/instances/{instanceId}/terminate")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsSuspendInstance")]
    public Task<IActionResult> OpsSuspendInstance(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/instances/{instanceId}/suspend")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsResumeInstance")]
    public Task<IActionResult> OpsResumeInstance(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/instances/{instanceId}/resume")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsRestartInstance")]
    public Task<IActionResult> OpsRestartInstance(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/instances/{instanceId}/restart")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsRaiseEvent")]
    public Task<IActionResult> OpsRaiseEvent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/instances/{instanceId}/events/{eventName}")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsSuspendedCases")]
    public Task<IActionResult> OpsSuspendedCases(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/cases/suspended")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsDuplicateCards")]
    public Task<IActionResult> OpsDuplicateCards(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/cards/duplicates")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsStrandedCases")]
    public Task<IActionResult> OpsStrandedCases(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/cases/stranded")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsRepairCase")]
    public Task<IActionResult> OpsRepairCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/cases/{kind}/{caseId}/repair")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsPurgeInstance")]
    public Task<IActionResult> OpsPurgeInstance(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "ops/instances/{instanceId}")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsAudit")]
    public Task<IActionResult> OpsAudit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/audit")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsStartKeyRotation")]
    public Task<IActionResult> OpsStartKeyRotation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/key-rotations")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsMetrics")]
    public Task<IActionResult> OpsMetrics(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/metrics")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsPage")]
    public Task<IActionResult> OpsPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsConsoleConfig")]
    public Task<IActionResult> OpsConsoleConfig(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/console-config")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsSearchCases")]
    public Task<IActionResult> OpsSearchCases(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/search")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsCaseTimeline")]
    public Task<IActionResult> OpsCaseTimeline(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/cases/{kind}/{caseId}/timeline")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsInstanceHistogram")]
    public Task<IActionResult> OpsInstanceHistogram(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/instances/histogram")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsExportInstances")]
    public Task<IActionResult> OpsExportInstances(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/instances/export")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsBulkDryRun")]
    public Task<IActionResult> OpsBulkDryRun(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/bulk/dry-runs")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsApproveBulk")]
    public Task<IActionResult> OpsApproveBulk(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/bulk/dry-runs/{dryRunId}/approval")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsApplyBulk")]
    public Task<IActionResult> OpsApplyBulk(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/bulk")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("OpsBulkProgress")]
    public Task<IActionResult> OpsBulkProgress(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/bulk/{bulkId}")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);
}
