using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Azure.Core;
using TalentHukou.Adapters.Tests.Cards;
using TalentHukou.Testing.Cards;

namespace TalentHukou.Adapters.Tests.Cards;

/// <summary>
/// An in-process stand-in for the Key Vault keys REST API (get key, sign) holding real P-256 keys,
/// used as the HTTP transport of <c>CardKeyVaultClient</c>.
/// </summary>
internal sealed class FakeKeyVault : HttpMessageHandler
{
    public const string VaultUri = "https://kv-cards-test.vault.azure.net";
    private readonly Dictionary<string, ECDsa> versions = [];

    public FakeKeyVault(string keyName = "card-signing") => KeyName = keyName;

    public string KeyName { get; }
    public string? LatestVersion { get; private set; }
    public List<HttpRequestMessage> Requests { get; } = [];

    public string Rotate()
    {
        LatestVersion = Guid.NewGuid().ToString("N");
        versions[LatestVersion] = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return LatestVersion;
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var segments = request.RequestUri!.AbsolutePath.Trim('/').Split('/');
        if (request.Headers.Authorization?.ToString() != "Bearer fake-token"
            || segments[0] != "keys"
            || segments[1] != KeyName)
            return new HttpResponseMessage(HttpStatusCode.Unauthorized);
        var version = segments.Length > 2 ? segments[2] : LatestVersion;
        if (version is null || !versions.TryGetValue(version, out var key))
            return new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = JsonContent.Create(new { error = new { code = "KeyNotFound" } }),
            };
        var kid = $"{VaultUri}/keys/{KeyName}/{version}";
        if (request.Method == HttpMethod.Get)
        {
            var q = key.ExportParameters(false).Q;
            return Json(new
            {
                key = new
                {
                    kid,
                    kty = "EC",
                    crv = "P-256",
                    x = Base64Url.EncodeToString(q.X),
                    y = Base64Url.EncodeToString(q.Y),
                },
            });
        }
        var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!;
        if ((string?)body["alg"] != "ES256" || segments.Length != 4 || segments[3] != "sign")
            return new HttpResponseMessage(HttpStatusCode.BadRequest);
        var digest = Base64Url.DecodeFromChars((string?)body["value"]);
        return Json(new
        {
            kid,
            value = Base64Url.EncodeToString(
                key.SignHash(digest, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)),
        });
    }

    private static HttpResponseMessage Json(object value) =>
        new(HttpStatusCode.OK) { Content = JsonContent.Create(value) };
}

/// <summary>A credential that hands out a fixed token.</summary>
internal sealed class FakeTokenCredential : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new("fake-token", DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(
        TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
