using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace TalentHukou.FunctionsHost.Issuer;

/// <summary>
/// A small OpenID issuer for the Functions app, standing in for Entra ID: discovery and JWKS on a loopback port, an
/// RSA key generated at start (never written anywhere), tokens signed with RS256. The app is configured with its
/// address as <c>Auth:Authority</c>, exactly as with Entra ID.
/// </summary>
public sealed class TestIssuer : IDisposable
{
    private const string DiscoveryPath = "/.well-known/openid-configuration";
    private const string KeysPath = "/discovery/keys";
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;

    public TestIssuer(int port)
    {
        Port = port;
        Address = $"http://127.0.0.1:{port}";
        _key = new RsaSecurityKey(_rsa) { KeyId = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)) };
    }

    public int Port { get; }

    /// <summary>The issuer (the <c>iss</c> of its tokens) and the authority the app reads the metadata from.</summary>
    public string Address { get; }

    public SigningCredentials Credentials => new(_key, SecurityAlgorithms.RsaSha256);

    public Task ServeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }
        return http.Request.Path.Value switch
        {
            DiscoveryPath => http.Response.WriteAsJsonAsync(Discovery()),
            KeysPath => http.Response.WriteAsJsonAsync(new { keys = new[] { PublicJwk() } }),
            _ => NotFound(http),
        };
    }

    public void Dispose() => _rsa.Dispose();

    private object Discovery() => new Dictionary<string, object>
    {
        ["issuer"] = Address,
        ["jwks_uri"] = Address + KeysPath,
        ["response_types_supported"] = new[] { "token" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
    };

    private Dictionary<string, string> PublicJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = _key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    private static Task NotFound(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
