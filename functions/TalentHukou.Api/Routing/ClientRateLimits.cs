using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Routing;

/// <summary>
/// Budgets beyond the pipeline's write limit, kept in the shared <c>WriteBudgets</c> table so every instance counts
/// against the same limit: objections per subject, and anonymous reads per client address (the connection's remote
/// address; a proxy in front must pass the client's own).
/// </summary>
public sealed class ClientRateLimits(WriteRateLimiter budgets, IOptions<RateLimitOptions> options)
{
    /// <summary>Null when the subject may file an objection now, else the 429 to answer.</summary>
    public async Task<IResult?> ObjectionAsync(HttpContext http, string subject) =>
        Refused(http, await budgets.TryAcquireAsync(
                "objection:" + subject, options.Value.ObjectionsPerMinute, http.RequestAborted),
            "Too many objections from this account; retry when Retry-After says.");

    /// <summary>
    /// Null when the signed-in subject may verify a card now, else the 429 to answer (no account is an oracle).
    /// </summary>
    public async Task<IResult?> SignedInVerificationAsync(HttpContext http, string subject) =>
        Refused(http, await budgets.TryAcquireAsync(
                "verification:" + subject, options.Value.SignedInVerificationsPerMinute, http.RequestAborted),
            "Too many card verifications from this account; retry when Retry-After says.");

    /// <summary>Null when the anonymous client may read now, else the 429 to answer.</summary>
    public async Task<IResult?> AnonymousReadAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Refused(http, await budgets.TryAcquireAsync(
                "anonymous-read:" + client, options.Value.AnonymousReadsPerMinute, http.RequestAborted),
            "Too many requests from this address; retry when Retry-After says.");
    }

    /// <summary>
    /// Null when a verification code may go to the number keyed <paramref name="numberKey"/> for
    /// <paramref name="subject"/> now: one a minute and <paramref name="perNumberPerHour"/> an hour per number,
    /// <paramref name="perCallerPerHour"/> an hour per caller. Else the 429 to answer.
    /// </summary>
    public async Task<IResult?> VerificationCodeAsync(
        HttpContext http, string subject, string numberKey, int perNumberPerHour, int perCallerPerHour)
    {
        ArgumentNullException.ThrowIfNull(http);
        var ct = http.RequestAborted;
        var hour = TimeSpan.FromHours(1);
        var wait = await budgets.TryAcquireAsync("verification-caller:" + subject, perCallerPerHour, hour, ct)
            ?? await budgets.TryAcquireAsync("verification-number:" + numberKey, 1, ct)
            ?? await budgets.TryAcquireAsync("verification-number:" + numberKey, perNumberPerHour, hour, ct);
        return Refused(http, wait,
            "Too many verification codes for this number or account; retry when Retry-After says.");
    }

    private static IResult? Refused(HttpContext http, TimeSpan? refill, string detail)
    {
        if (refill is not { } wait) return null;
        http.Response.Headers.RetryAfter =
            Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Problems.Problems.Result(ProblemTypes.TooManyRequests, detail);
    }
}
