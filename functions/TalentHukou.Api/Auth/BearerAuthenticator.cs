using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TalentHukou.Api.Auth;

/// <summary>
/// Validates <c>Authorization: Bearer</c> tokens the same way in both hosts (the Functions worker has no
/// ASP.NET authentication middleware in its pipeline, so this one class does it for both).
/// </summary>
public sealed class BearerAuthenticator
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters _parameters;
    private readonly string? _identityClaim;

    public BearerAuthenticator(IOptions<AuthOptions> options)
    {
        var o = options.Value;
        _identityClaim = string.IsNullOrWhiteSpace(o.IdentityClaim) ? null : o.IdentityClaim;
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = o.Issuer,
            ValidAudience = o.Audience,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = o.ClockSkew,
            NameClaimType = "sub",
            RoleClaimType = "roles",
        };
        if (!string.IsNullOrWhiteSpace(o.DevSigningKey))
            _parameters.IssuerSigningKey = DevSigningKey(o);
        if (!string.IsNullOrWhiteSpace(o.Authority))
            _parameters.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                o.Authority.TrimEnd('/') + "/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = o.RequireHttpsMetadata });
    }

    public static SymmetricSecurityKey DevSigningKey(AuthOptions options) =>
        new(Convert.FromBase64String(options.DevSigningKey!)) { KeyId = "dev" };

    public async Task<AuthenticationOutcome> AuthenticateAsync(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return AuthenticationOutcome.NoToken;
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticationOutcome.Invalid("The Authorization header must use the Bearer scheme.");
        var result = await _handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), _parameters);
        if (!result.IsValid)
            return AuthenticationOutcome.Invalid(Describe(result.Exception));
        var caller = Caller.FromClaims(result.ClaimsIdentity);
        if (_identityClaim is not null)
            caller = caller with { VerifiedIdentity = result.ClaimsIdentity.FindFirst(_identityClaim)?.Value };
        return caller.Subject.Length == 0
            ? AuthenticationOutcome.Invalid("The token has no subject (oid or sub) claim.")
            : AuthenticationOutcome.Valid(caller);
    }

    private static string Describe(Exception? error) => error switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
            "The token signature is invalid.",
        SecurityTokenInvalidAudienceException => "The token audience is not this service.",
        SecurityTokenInvalidIssuerException => "The token issuer is not trusted.",
        SecurityTokenMalformedException or ArgumentException => "The token is malformed.",
        _ => "The token is not valid.",
    };
}

/// <summary>What bearer authentication found: no token, a valid caller, or an invalid token with the reason.</summary>
public sealed record AuthenticationOutcome(Caller? Caller, string? Error)
{
    public static AuthenticationOutcome NoToken { get; } = new(null, null);

    public static AuthenticationOutcome Valid(Caller caller) => new(caller, null);

    public static AuthenticationOutcome Invalid(string error) => new(null, error);
}
