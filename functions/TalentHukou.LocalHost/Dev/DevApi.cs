using Microsoft.IdentityModel.Tokens;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Time;

namespace TalentHukou.LocalHost.Dev;

/// <summary>
/// Development-only routes of the local host: issue tokens with the dev key, and move the accelerated clock.
/// </summary>
public static class DevApi
{
    public static IReadOnlyList<ApiRoute> Routes { get; } =
    [
        new("DevToken", "POST", "dev/token", Access.Anyone, Handle.With<DevServices>(IssueToken)),
        new("DevClock", "POST", "dev/clock", Access.Anyone, Handle.With<DevServices>(SetClock)),
    ];

    public static async Task<IResult> IssueToken(ApiRequest request, DevServices services)
    {
        var body = await request.ReadJsonAsync<DevTokenRequest>();
        var errors = DevTokens.Problems(body);
        if (errors.Count > 0) return Problems.Validation(errors);
        var options = services.Auth.Value;
        var credentials = new SigningCredentials(
            BearerAuthenticator.DevSigningKey(options), SecurityAlgorithms.HmacSha256);
        var token = DevTokens.Create(
            body, options, options.Issuer, services.Protector, services.Time.GetUtcNow().UtcDateTime, credentials);
        return TypedResults.Ok(new DevTokenResponse(token));
    }

    /// <summary>Re-anchors the accelerated business clock at a given business instant (demos and tests).</summary>
    public static async Task<IResult> SetClock(ApiRequest request, DevServices services)
    {
        var body = await request.ReadJsonAsync<DevClockRequest>();
        var clock = services.Clock;
        var acceleration = body.Acceleration ?? clock.Anchor.Acceleration;
        var anchor = new ClockAnchor(services.Time.GetUtcNow(), body.BusinessNow, acceleration);
        if (anchor.Acceleration is <= 0 or > 10_000_000)
            return Problems.Validation(
                [new("acceleration", "取值应在0到10000000之间", "acceleration must be in (0, 10,000,000].")]);
        clock.Use(await services.Anchors.SaveAsync(anchor, request.Aborted));
        return TypedResults.Ok(new { businessNow = clock.UtcNow, acceleration = anchor.Acceleration });
    }
}

/// <summary>
/// Claims for a local token. <c>IdNumber</c> becomes the verified identity claim (<c>Auth:IdentityClaim</c>), hashed
/// under the current personal-data key when <c>Auth:IdentityClaimHashed</c> says the platform sends hashes.
/// </summary>
public sealed record DevTokenRequest(
    string? Sub,
    string[]? Roles,
    string? Unit,
    string? Hrss,
    int? Hours,
    string? Email = null,
    string? IdNumber = null);

/// <summary>A signed local token.</summary>
public sealed record DevTokenResponse(string Token);

/// <summary>The business instant the clock should show now, and optionally a new acceleration.</summary>
public sealed record DevClockRequest(DateTimeOffset BusinessNow, double? Acceleration);
