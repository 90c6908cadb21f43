using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Idempotency;

/// <summary>
/// Runs a write once per <c>Idempotency-Key</c>: a repeat with the same key and body gets the first answer replayed;
/// the same key with another body is refused; a 5xx answer, or an error answer with <c>Retry-After</c>, is not kept, so
/// the client's retry runs the request again.
/// </summary>
public sealed class IdempotentExecution(IdempotencyStore store, TimeProvider time)
{
    public const string Header = "Idempotency-Key";

    public static bool IsValidKey(string key) =>
        key.Length is > 0 and <= 128 && key.All(c => c is > ' ' and < (char)127);

    public async Task ExecuteAsync(
        HttpContext http, string subject, string routeName, string key, Func<Task<IResult>> run)
    {
        var ct = http.RequestAborted;
        var scope = IdempotencyScope.For(subject, routeName, key);
        var requestHash = await HashBodyAsync(http.Request, ct);
        if (!await store.TryReserveAsync(scope, requestHash, time.GetUtcNow(), ct))
        {
            await AnswerRepeatAsync(http, await store.GetAsync(scope, ct), requestHash);
            return;
        }
        var answer = await CaptureAsync(http, run);
        // Not the request's outcome: the server failed, or asked the client to come back later.
        // The retry runs it again.
        if (answer.Status >= 500 || (answer.Status >= 400 && http.Response.Headers.RetryAfter.Count > 0))
            await store.ReleaseAsync(scope, CancellationToken.None);
        else await store.CompleteAsync(scope, requestHash, answer, CancellationToken.None);
        await WriteAsync(http, answer);
    }

    private static async Task AnswerRepeatAsync(HttpContext http, StoredAnswer? first, string requestHash)
    {
        IResult problem;
        if (first is null || first.IsPending)
            problem = Problems.Problems.Result(
                ProblemTypes.Conflict, "A request with this Idempotency-Key is still being processed; retry shortly.");
        else if (first.RequestHash != requestHash)
            problem = Problems.Problems.Result(
                ProblemTypes.IdempotencyKeyReused, "This Idempotency-Key was used with a different request body.");
        else
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
            await WriteAsync(http, first);
            return;
        }
        await problem.ExecuteAsync(http);
    }

    private static async Task<StoredAnswer> CaptureAsync(HttpContext http, Func<Task<IResult>> run)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await (await run()).ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        return new StoredAnswer(
            "done",
            "",
            http.Response.StatusCode,
            http.Response.ContentType,
            http.Response.Headers.Location,
            buffer.ToArray());
    }

    private static async Task WriteAsync(HttpContext http, StoredAnswer answer)
    {
        http.Response.StatusCode = answer.Status;
        if (answer.ContentType is not null) http.Response.ContentType = answer.ContentType;
        if (answer.Location is not null) http.Response.Headers.Location = answer.Location;
        if (answer.Status == StatusCodes.Status202Accepted)
            http.Response.Headers.RetryAfter = Routing.ApiPipeline.RetryAfterSeconds;
        await http.Response.Body.WriteAsync(answer.Body, http.RequestAborted);
    }

    /// <summary>
    /// The body's SHA-256; multipart bodies hash to their content type only
    /// (clients pick a new boundary on every try).
    /// </summary>
    private static async Task<string> HashBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType) return "form";
        request.EnableBuffering();
        var hash = Convert.ToHexString(await SHA256.HashDataAsync(request.Body, ct));
        request.Body.Position = 0;
        return hash;
    }
}
