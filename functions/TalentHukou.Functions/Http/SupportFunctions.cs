using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Functions.Http;

/// <summary>Support tickets and the HRSS contacts.</summary>
public sealed class SupportFunctions(HttpRouteRunner runner)
{
    [Function("FileSupportTicket")]
    public Task<IActionResult> FileSupportTicket(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "support/tickets")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("GetSupportTicket")]
    public Task<IActionResult> GetSupportTicket(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "support/tickets/{ticketId}")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("ListSupportTickets")]
    public Task<IActionResult> ListSupportTickets(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "support/tickets")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("GetSupportTicketScreenshot")]
    public Task<IActionResult> GetSupportTicketScreenshot(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "support/tickets/{ticketId}/screenshot")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("ReplySupportTicket")]
    public Task<IActionResult> ReplySupportTicket(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "support/tickets/{ticketId}/reply")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("AddSupportTicketFollowUp")]
    public Task<IActionResult> AddSupportTicketFollowUp(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "support/tickets/{ticketId}/follow-ups")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("StartContactVerification")]
    public Task<IActionResult> StartContactVerification(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "contact-verifications")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("ConfirmContactVerification")]
    public Task<IActionResult> ConfirmContactVerification(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "contact-verifications/{verificationId}/confirm")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);

    [Function("GetContacts")]
    public Task<IActionResult> GetContacts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contacts")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        runner.RunAsync(request, durable, context);
}
