using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Adapters.Tests.Email.Acs;

namespace TalentHukou.Adapters.Tests.Email.Acs;

/// <summary>
/// One scripted answer of <see cref="FakeAcsEmailService"/>; <c>{id}</c> in the body becomes the operation id.
/// </summary>
internal sealed record ScriptedReply(int StatusCode, string? Body, IReadOnlyDictionary<string, string> Headers)
{
    public static ScriptedReply Accepted(string status, int? retryAfterSeconds = null) =>
        new(202, $$"""{"id":"{id}","status":"{{status}}"}""", RetryAfter(retryAfterSeconds));

    public static ScriptedReply Status(string status, int? retryAfterSeconds = null, string? errorCode = null) =>
        new(200, errorCode is null
            ? $$"""{"id":"{id}","status":"{{status}}"}"""
            : $$$"""{"id":"{id}","status":"{{{status}}}","error":{"code":"{{{errorCode}}}","message":"The"""
                + $$$""" e-mail could not be delivered."}}""",
            RetryAfter(retryAfterSeconds));

    public static ScriptedReply Throttled(int retryAfterSeconds) =>
        new(
            429,
            """{"error":{"code":"TooManyRequests","message":"Rate limit exceeded."}}""",
            RetryAfter(retryAfterSeconds));

    public static ScriptedReply Error(int status, string code, string message, bool inHeader = true) =>
        new(status, $$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}""",
            inHeader
                ? new Dictionary<string, string> { ["x-ms-error-code"] = code }
                : new Dictionary<string, string>());

    public async Task WriteAsync(HttpContext context, string operationId)
    {
        context.Response.StatusCode = StatusCode;
        foreach (var (name, value) in Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (StatusCode == 202)
        {
            var request = context.Request;
            context.Response.Headers["Operation-Location"] =
                $"{request.Scheme}://{request.Host}/emails/operations/{operationId}?api-version=2025-09-01";
        }

        if (Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Body.Replace("{id}", operationId, StringComparison.Ordinal));
        }
    }

    private static Dictionary<string, string> RetryAfter(int? seconds) =>
        seconds is { } s
            ? new() { ["retry-after"] = s.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : [];
}
