using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Idempotency;
using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Routing;

/// <summary>
/// Runs a route the same way in both hosts: authenticate, authorize (deny by default), check the body size,
/// call the handler, and turn anything unhandled into problem details (never a stack trace).
/// </summary>
public sealed partial class ApiPipeline(
    BearerAuthenticator authenticator,
    CallerResolver callers,
    IdempotentExecution idempotent,
    WriteRateLimiter rateLimiter,
    ILogger<ApiPipeline> logger)
{
    public async Task InvokeAsync(HttpContext http, ApiRoute route)
    {
        using var observation = RequestObservation.Start(http, route, logger);
        await ExecuteAsync(http, route);
    }

    private async Task ExecuteAsync(HttpContext http, ApiRoute route)
    {
        // The server's own limit (Kestrel: 30 MB by default) becomes the route's,
        // so uploads may be larger and JSON routes are capped early.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            bodyLimit.MaxRequestBodySize = route.MaxBodyBytes;
        ResponseProtection.Apply(http.Response);
        if (ResponseProtection.PathRefusal(http.Request) is { } refused)
        {
            await refused.ExecuteAsync(http);
            return;
        }
        var auth = await authenticator.AuthenticateAsync(http.Request);
        string? key = http.Request.Headers[IdempotentExecution.Header];
        if (route.Idempotent && auth.Caller is not null
            && !string.IsNullOrEmpty(key) && IdempotentExecution.IsValidKey(key))
        {
            await Guard(http, route, () => WrapAsync(idempotent.ExecuteAsync(
                http, auth.Caller.Subject, route.Name, key, () => RunAsync(http, route, auth))));
            return;
        }
        var result = key is { Length: > 0 } && !IdempotentExecution.IsValidKey(key)
            ? Problems.Problems.Result(
                ProblemTypes.ValidationFailed, "The Idempotency-Key header must be 1 to 128 visible ASCII characters.")
            : await RunAsync(http, route, auth);
        if (result is IStatusCodeHttpResult { StatusCode: 401 })
            http.Response.Headers.WWWAuthenticate = "Bearer";
        if (result is IStatusCodeHttpResult { StatusCode: 202 })
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
        if (route.ETagged) await ConditionalGet.ExecuteAsync(http, result);
        else await result.ExecuteAsync(http);
    }

    /// <summary>How soon a client polling a 202's Location should look again.</summary>
    public const string RetryAfterSeconds = "2";

    private static async Task<IResult> WrapAsync(Task execution)
    {
        await execution;
        return Results.Empty;
    }

    private Task<IResult> RunAsync(
        HttpContext http, ApiRoute route, AuthenticationOutcome auth) => Guard(http, route, async () =>
    {
        if (auth.Error is not null)
            return Problems.Problems.Result(ProblemTypes.Unauthorized, auth.Error);
        if (!route.Access.Anonymous && auth.Caller is null)
            return Problems.Problems.Result(ProblemTypes.Unauthorized, "A bearer token is required for this route.");
        // Before anything that waits on storage: a client that sent "Expect: 100-continue" sends its body anyway when
        // no answer comes within a second, and an oversize body is refused faster than it travels.
        if (http.Request.ContentLength > route.MaxBodyBytes)
            return Problems.Problems.Result(
                ProblemTypes.PayloadTooLarge, $"The request body is larger than {route.MaxBodyBytes} bytes.");
        // Roles and scopes from this system's own data: read now for writes, so a revoked assignment never decides
        // anything; reads may use this instance's read of the last few seconds (ADR 0016).
        // A write's budget row is read while the caller's authorization is (one round trip's wait for both); it is
        // counted only once the caller may write.
        var budget = route.Method != "GET" && auth.Caller is not null
            ? rateLimiter.ReadAhead(auth.Caller.Subject, http.RequestAborted) : null;
        var caller = auth.Caller is null ? null : await ResolveAsync(route, auth.Caller, budget, http.RequestAborted);
        if (caller is not null && !route.Access.Anonymous && !route.Access.Allows(caller))
        {
            if (budget is not null) await budget.AbandonAsync();
            return Problems.Problems.Result(
                ProblemTypes.Forbidden,
                $"This route needs one of the roles: {string.Join(", ", route.Access.AnyOfRoles)}.");
        }
        if (route.Method == "GET" || caller is null) return await HandleAsync(http, route, caller);
        var counting = budget is null ? rateLimiter.TryAcquireAsync(caller.Subject, http.RequestAborted)
            : rateLimiter.TryAcquireAsync(caller.Subject, http.RequestAborted, budget);
        if (route.ReadsWhileBudgetCounts) return await HandleWhileCountingAsync(http, route, caller, counting);
        return await counting is { } refill ? TooManyWrites(http, refill) : await HandleAsync(http, route, caller);
    });

    private static Task<IResult> HandleAsync(HttpContext http, ApiRoute route, Caller? caller)
    {
        Input.PathParameters.ThrowIfInvalid(route, http.Request.RouteValues);
        return route.Handler(new ApiRequest(http, route, caller));
    }

    /// <summary>
    /// Runs the handler while the write budget is counted, its writes held behind the count (ADR 0035). The answer is
    /// the handler's once the count lets the write through; a refused count answers as if the handler never ran (the
    /// headers it set are undone), once the handler has finished: nothing of it runs after the answer. A count that
    /// fails fails the request as before, and the gate fails the handler's writes with it.
    /// </summary>
    private async Task<IResult> HandleWhileCountingAsync(
        HttpContext http, ApiRoute route, Caller caller, Task<TimeSpan?> counting)
    {
        var headers = http.Response.Headers.ToList();
        var gate = OpensAsync(counting);
        var handling = StorageWriteGate.RunBehindAsync(gate, () => HandleAsync(http, route, caller));
        TimeSpan? refill;
        try
        {
            refill = await counting;
        }
        catch
        {
            await SettleAsync(handling, gate, route);
            throw;
        }
        if (refill is null) return await handling;
        await SettleAsync(handling, gate, route);
        http.Response.Headers.Clear();
        foreach (var (name, value) in headers) http.Response.Headers[name] = value;
        return TooManyWrites(http, refill.Value);
    }

    /// <summary>The gate: open once the count let the write through; failed when it refused or failed.</summary>
    private static async Task OpensAsync(Task<TimeSpan?> counting)
    {
        if (await counting is not null) throw new StorageWriteRefusedException();
    }

    /// <summary>
    /// Waits for the handler of a refused (or failed) count, and observes the closed gate: the answer is the count's,
    /// and what the handler tried to write was never sent.
    /// </summary>
    private async Task SettleAsync(Task handling, Task gate, ApiRoute route)
    {
        try
        {
            await handling;
        }
        catch (Exception ex) when (ex.GetBaseException() is StorageWriteRefusedException)
        {
            LogWriteHeldBack(logger, route.Name);
        }
        catch (Exception)
        {
            // What the handler met on the way changes nothing: the answer is the refusal, or the count's failure.
        }
        try
        {
            await gate;
        }
        catch (Exception)
        {
            // Closed: the count's own outcome is the answer.
        }
    }

    private static IResult TooManyWrites(HttpContext http, TimeSpan refill)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(refill.TotalSeconds))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Problems.Result(
            ProblemTypes.TooManyRequests, "Too many write requests from this account; retry when Retry-After says.");
    }

    private async Task<Caller> ResolveAsync(ApiRoute route, Caller token, BudgetRead? budget, CancellationToken ct)
    {
        try
        {
            var readOnly = route.Method is "GET" or "HEAD";
            var readsGrants = !route.Access.Anonymous && !route.HandlerChecksGrant;
            return await callers.ResolveAsync(token, readsGrants, readOnly, ct);
        }
        catch
        {
            if (budget is not null) await budget.AbandonAsync();
            throw;
        }
    }

    private async Task<IResult> Guard(HttpContext http, ApiRoute route, Func<Task<IResult>> run)
    {
        try
        {
            return await run();
        }
        catch (ProblemException problem)
        {
            return problem.ToResult();
        }
        catch (Exception ex) when (StorageOutage.Is(ex))
        {
            LogStorageOutage(logger, route.Name, ex.GetBaseException().Message);
            http.Response.Headers.RetryAfter = "5";
            return Problems.Problems.Result(ProblemTypes.StorageUnavailable, "Storage is unreachable; retry shortly.");
        }
        catch (BadHttpRequestException ex)
        {
            return Problems.Problems.Result(
                ex.StatusCode == 413 ? ProblemTypes.PayloadTooLarge : ProblemTypes.InvalidJson, ex.Message);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            LogUnhandled(logger, ex, route.Name);
            return Problems.Problems.Result(ProblemTypes.Internal, "An unexpected error occurred; it has been logged.");
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Unhandled error in route {Route}")]
    private static partial void LogUnhandled(ILogger logger, Exception ex, string route);

    [LoggerMessage(
        EventId = 1004, Level = LogLevel.Information,
        Message = "Route {Route} tried to write behind a refused write budget: nothing was written")]
    private static partial void LogWriteHeldBack(ILogger logger, string route);

    [LoggerMessage(
        EventId = 1002, Level = LogLevel.Warning, Message = "Storage unreachable in route {Route}: {Reason}")]
    private static partial void LogStorageOutage(ILogger logger, string route, string reason);
}
