using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// The two Key Vault key operations cards need, over the REST API (Azure.Security.KeyVault.Keys is not
/// available to this project): read a key version's public half, and sign a digest with ES256.
/// </summary>
public sealed class CardKeyVaultClient
{
    private const string ApiVersion = "7.4";
    private const string Scope = "https://vault.azure.net/.default";
    private readonly HttpPipeline pipeline;

    /// <summary>Creates a client that authenticates with <paramref name="credential"/>.</summary>
    public CardKeyVaultClient(TokenCredential credential, CardKeyVaultClientOptions? options = null) =>
        pipeline = HttpPipelineBuilder.Build(
            options ?? new CardKeyVaultClientOptions(), new BearerTokenAuthenticationPolicy(credential, Scope));

    /// <summary>
    /// The public key at <paramref name="keyUri"/> (a version, or the latest), or null when the vault has no such key.
    /// </summary>
    public async Task<KeyVaultPublicKey?> GetPublicKeyAsync(Uri keyUri, CancellationToken cancellationToken)
    {
        using var response =
            await SendAsync(RequestMethod.Get, keyUri, body: null, cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
            return null;
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        return KeyVaultPublicKey.FromJsonWebKey(json.RootElement.GetProperty("key"));
    }

    /// <summary>
    /// Signs the SHA-256 digest of <paramref name="data"/> with ES256 using the key version at
    /// <paramref name="versionedKeyUri"/>.
    /// </summary>
    public async Task<byte[]> SignEs256Async(Uri versionedKeyUri, byte[] data, CancellationToken cancellationToken)
    {
        var body = new { alg = "ES256", value = Base64Url.EncodeToString(SHA256.HashData(data)) };
        var signUri = new Uri(versionedKeyUri.AbsoluteUri.TrimEnd('/') + "/sign");
        using var response =
            await SendAsync(RequestMethod.Post, signUri, body, cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
            throw new RequestFailedException(response);
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        return Base64Url.DecodeFromChars(json.RootElement.GetProperty("value").GetString());
    }

    private async Task<Response> SendAsync(
        RequestMethod method, Uri uri, object? body, CancellationToken cancellationToken)
    {
        using var request = pipeline.CreateRequest();
        request.Method = method;
        request.Uri.Reset(uri);
        request.Uri.AppendQuery("api-version", ApiVersion);
        request.Headers.Add(HttpHeader.Common.JsonContentType);
        if (body is not null)
            request.Content = RequestContent.Create(BinaryData.FromObjectAsJson(body));
        var response = await pipeline.SendRequestAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsError && response.Status != 404)
            throw new RequestFailedException(response);
        return response;
    }
}

/// <summary>Pipeline options (retries, transport) for <see cref="CardKeyVaultClient"/>.</summary>
public sealed class CardKeyVaultClientOptions : ClientOptions;
