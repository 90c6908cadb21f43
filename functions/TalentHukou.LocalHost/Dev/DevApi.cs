using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Time;

namespace TalentHukou.LocalHost.Dev;

/// <summary>Development-only routes of the local host: issue tokens with the dev key, and move the accelerated clock.</summary>
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
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(body.Sub) || body.Sub.Length > 128) errors.Add(new("sub", "必须填写1到128个字符", "sub must be 1 to 128 characters."));
        var roles = body.Roles ?? [];
        foreach (var role in roles.Where(r => !Roles.All.Contains(r)))
            errors.Add(new("roles", $"未知角色：{role}", $"Unknown role '{role}'; use one of {string.Join(", ", Roles.All)}."));
        if (body.IdNumber is { Length: > 32 })
            errors.Add(new("idNumber", "不能超过32个字符", "idNumber must be at most 32 characters."));
        if (errors.Count > 0) return Problems.Validation(errors);

        var options = services.Auth.Value;
        var claims = new Dictionary<string, object> { ["sub"] = body.Sub!, ["roles"] = roles };
        if (body.Unit is not null) claims["unit"] = body.Unit;
        if (body.Hrss is not null) claims["hrss"] = body.Hrss;
        if (body.Email is not null) claims["email"] = body.Email;
        if (body.IdNumber is { Length: > 0 } idNumber)
            claims[options.IdentityClaim is { Length: > 0 } claim ? claim : IdentityClaims.DevDefault] =
                options.IdentityClaimHashed ? services.Protector.IndexOf(idNumber) : idNumber;
        var now = services.Time.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(body.Hours is > 0 and <= 24 ? body.Hours.Value : 8),
            SigningCredentials = new SigningCredentials(BearerAuthenticator.DevSigningKey(options), SecurityAlgorithms.HmacSha256),
        });
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
            return Problems.Validation([new("acceleration", "取值应在0到10000000之间", "acceleration must be in (0, 10,000,000].")]);
        clock.Use(await services.Anchors.SaveAsync(anchor, request.Aborted));
        return TypedResults.Ok(new { businessNow = clock.UtcNow, acceleration = anchor.Acceleration });
    }
}

/// <summary>
/// Claims for a local token. <c>IdNumber</c> becomes the verified identity claim (<c>Auth:IdentityClaim</c>), hashed
/// under the current personal-data key when <c>Auth:IdentityClaimHashed</c> says the platform sends hashes.
/// </summary>
public sealed record DevTokenRequest(
    string? Sub, string[]? Roles, string? Unit, string? Hrss, int? Hours, string? Email = null, string? IdNumber = null);

/// <summary>A signed local token.</summary>
public sealed record DevTokenResponse(string Token);

/// <summary>The business instant the clock should show now, and optionally a new acceleration.</summary>
public sealed record DevClockRequest(DateTimeOffset BusinessNow, double? Acceleration);
