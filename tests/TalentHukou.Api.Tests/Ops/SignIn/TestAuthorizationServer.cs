using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TalentHukou.Api.Tests.Ops.SignIn;

/// <summary>
/// A small OpenID Connect authorization server for the sign-in test: discovery, JWKS, <c>/authorize</c> (signs the
/// operator in at once and redirects back with a code) and <c>/token</c>, which gives tokens only for the code's
/// <c>code_verifier</c> (S256, RFC 7636) and redirect URI, once. Tokens are RS256-signed with a key it publishes.
/// </summary>
public sealed class TestAuthorizationServer : IAsyncDisposable
{
    public const string ClientId = "ops-console-test";
    public const string Scope = "api://talenthukou/ops";
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, Grant> _codes = new();
    private readonly WebApplication _app;

    private TestAuthorizationServer(WebApplication app) => _app = app;

    public string Issuer { get; private set; } = "";

    /// <summary>Every token request and how it ended (<c>issued</c> or the OAuth error).</summary>
    public ConcurrentQueue<string> TokenRequests { get; } = new();

    public static async Task<TestAuthorizationServer> StartAsync(string audience, string subject)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new TestAuthorizationServer(app);
        app.Use((http, next) =>
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
            return next(http);
        });
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = server.Issuer,
            ["authorization_endpoint"] = server.Issuer + "/authorize",
            ["token_endpoint"] = server.Issuer + "/token",
            ["jwks_uri"] = server.Issuer + "/jwks",
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        app.MapGet("/jwks", () => Results.Json(new { keys = new[] { server.PublicJwk() } }));
        app.MapGet("/authorize", server.Authorize);
        app.MapPost("/token", (HttpRequest request) => server.TokenAsync(request, audience, subject));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        server.Issuer = address.TrimEnd('/');
        return server;
    }

    /// <summary>BASE64URL(SHA-256(ASCII(verifier))), RFC 7636 section 4.2.</summary>
    public static string S256(string verifier) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        if (q["client_id"] != ClientId || q["response_type"] != "code" || q["code_challenge_method"] != "S256"
            || string.IsNullOrEmpty(q["code_challenge"])
            || string.IsNullOrEmpty(q["state"])
            || string.IsNullOrEmpty(q["nonce"])
            || !$"{q["scope"]}".Split(' ').Contains("openid") || !$"{q["scope"]}".Split(' ').Contains(Scope))
            return Results.BadRequest("invalid_request");
        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        _codes[code] = new Grant($"{q["code_challenge"]}", $"{q["redirect_uri"]}", $"{q["nonce"]}");
        return Results.Redirect($"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString($"{q["state"]}")}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request, string audience, string subject)
    {
        var form = await request.ReadFormAsync();
        _codes.TryRemove($"{form["code"]}", out var grant);
        string? refusal = form["grant_type"] != "authorization_code" || form["client_id"] != ClientId ? "invalid_client"
            : grant is null ? "invalid_grant"
            : grant.RedirectUri != form["redirect_uri"] ? "invalid_grant"
            : S256($"{form["code_verifier"]}") != grant.Challenge ? "invalid_grant"
            : null;
        TokenRequests.Enqueue(refusal ?? "issued");
        if (refusal is not null) return Results.Json(new { error = refusal }, statusCode: 400);
        var handler = new JsonWebTokenHandler();
        var access = handler.CreateToken(
            Descriptor(audience, new() { ["sub"] = subject, ["roles"] = new[] { "ops" } }));
        var id = handler.CreateToken(Descriptor(ClientId,
            new() { ["sub"] = subject, ["nonce"] = grant!.Nonce, ["preferred_username"] = "ops.operator@example.cn" }));
        return Results.Json(new { access_token = access, id_token = id, token_type = "Bearer", expires_in = 3600 });
    }

    private SecurityTokenDescriptor Descriptor(string audience, Dictionary<string, object> claims) => new()
    {
        Issuer = Issuer,
        Audience = audience,
        Claims = claims,
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
    };

    private Dictionary<string, string> PublicJwk()
    {
        var p = _key.Rsa.ExportParameters(false);
        return new()
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["kid"] = _key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
    }

    private sealed record Grant(string Challenge, string RedirectUri, string Nonce);
}
