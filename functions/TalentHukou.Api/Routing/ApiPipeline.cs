using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Routing;

/// <summary>
/// Runs a route the same way in both hosts: authenticate, authorize (deny by default), check the body size,
/// call the handler, and turn anything unhandled into problem details (never a stack trace).
/// </summary>
public sealed partial class ApiPipeline(BearerAuthenticator authenticator, ILogger<ApiPipeline> logger)
{
    public async Task InvokeAsync(HttpContext http, ApiRoute route)
    {
        var result = await RunAsync(http, route);
        if (result is IStatusCodeHttpResult { StatusCode: 401 })
            http.Response.Headers.WWWAuthenticate = "Bearer";
        await result.ExecuteAsync(http);
    }

    private async Task<IResult> RunAsync(HttpContext http, ApiRoute route)
    {
        try
        {
            var auth = await authenticator.AuthenticateAsync(http.Request);
            if (auth.Error is not null)
                return Problems.Problems.Result(ProblemTypes.Unauthorized, auth.Error);
            if (!route.Access.Anonymous && auth.Caller is null)
                return Problems.Problems.Result(ProblemTypes.Unauthorized, "A bearer token is required for this route.");
            if (auth.Caller is not null && !route.Access.Anonymous && !route.Access.Allows(auth.Caller))
                return Problems.Problems.Result(ProblemTypes.Forbidden, $"This route needs one of the roles: {string.Join(", ", route.Access.AnyOfRoles)}.");
            if (http.Request.ContentLength > route.MaxBodyBytes)
                return Problems.Problems.Result(ProblemTypes.PayloadTooLarge, $"The request body is larger than {route.MaxBodyBytes} bytes.");
            return await route.Handler(new ApiRequest(http, route, auth.Caller));
        }
        catch (ProblemException problem)
        {
            return problem.ToResult();
        }
        catch (Exception ex) when (IsStorageOutage(ex))
        {
            LogStorageOutage(logger, route.Name, ex.GetBaseException().Message);
            http.Response.Headers.RetryAfter = "5";
            return Problems.Problems.Result(ProblemTypes.StorageUnavailable, "Storage is unreachable; retry shortly.");
        }
        catch (BadHttpRequestException ex)
        {
            return Problems.Problems.Result(ex.StatusCode == 413 ? ProblemTypes.PayloadTooLarge : ProblemTypes.InvalidJson, ex.Message);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            LogUnhandled(logger, ex, route.Name);
            return Problems.Problems.Result(ProblemTypes.Internal, "An unexpected error occurred; it has been logged.");
        }
    }

    private static bool IsStorageOutage(Exception ex) =>
        ex is RequestFailedException { Status: 0 or >= 500 } || ex is HttpRequestException || ex.InnerException is HttpRequestException
        || ex is AggregateException { InnerException: RequestFailedException { Status: 0 or >= 500 } or HttpRequestException };

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Unhandled error in route {Route}")]
    private static partial void LogUnhandled(ILogger logger, Exception ex, string route);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Storage unreachable in route {Route}: {Reason}")]
    private static partial void LogStorageOutage(ILogger logger, string route, string reason);
}
