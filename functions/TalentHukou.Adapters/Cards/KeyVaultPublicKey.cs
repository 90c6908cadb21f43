using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace TalentHukou.Adapters.Cards;

/// <summary>The public half of a Key Vault EC key, read from its JSON Web Key.</summary>
public sealed record KeyVaultPublicKey(string Version, ECParameters PublicKey)
{
    /// <summary>
    /// Reads a P-256 JSON Web Key as Key Vault returns it (<c>kid</c>, <c>kty</c>, <c>crv</c>, <c>x</c>, <c>y</c>).
    /// </summary>
    public static KeyVaultPublicKey FromJsonWebKey(JsonElement jwk)
    {
        var kid = jwk.GetProperty("kid").GetString() ?? throw new FormatException("The key has no kid.");
        if (jwk.GetProperty("kty").GetString() is not ("EC" or "EC-HSM")
            || jwk.GetProperty("crv").GetString() != "P-256")
            throw new NotSupportedException($"Card signing needs an EC P-256 key; {kid} is not one.");
        var parameters = new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Coordinate(jwk, "x"), Y = Coordinate(jwk, "y") },
        };
        parameters.Validate();
        return new KeyVaultPublicKey(kid.TrimEnd('/').Split('/')[^1], parameters);
    }

    private static byte[] Coordinate(JsonElement jwk, string name) =>
        Base64Url.DecodeFromChars(jwk.GetProperty(name).GetString());
}
