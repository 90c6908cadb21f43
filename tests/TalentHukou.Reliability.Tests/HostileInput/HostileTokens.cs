using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TalentHukou.Testing;

namespace TalentHukou.Reliability.Tests.HostileInput;

/// <summary>Bearer tokens as the test host's dev key signs them, and every way of getting one wrong.</summary>
public static class HostileTokens
{
    private const string Issuer = "https://talenthukou.local/dev";
    private const string Audience = "talenthukou-api";

    public static string Valid(string sub, params string[] roles) => Sign(sub, roles, Key(TestKeys.DevSigningKey));

    /// <summary>Tokens the service must refuse with 401, whatever the route.</summary>
    public static IReadOnlyList<(string Name, string Header)> Refused(string sub, string role)
    {
        var valid = Valid(sub, role);
        var parts = valid.Split('.');
        var otherKey = Key(Convert.ToBase64String(Encoding.UTF8.GetBytes("an-attacker-chosen-key-of-32-bytes!!")));
        return
        [
            ("forged with another key", "Bearer " + Sign(sub, [role], otherKey)),
            ("expired", "Bearer " + Sign(
                sub, [role], Key(TestKeys.DevSigningKey), DateTime.UtcNow.AddHours(-3), DateTime.UtcNow.AddHours(-2))),
            ("not yet valid", "Bearer " + Sign(
                sub, [role], Key(TestKeys.DevSigningKey), DateTime.UtcNow.AddHours(2), DateTime.UtcNow.AddHours(3))),
            ("wrong audience", "Bearer " + Sign(sub, [role], Key(TestKeys.DevSigningKey), audience: "someone-else")),
            ("wrong issuer", "Bearer "
                + Sign(sub, [role], Key(TestKeys.DevSigningKey), issuer: "https://evil.example")),
            ("tampered payload", "Bearer " + parts[0] + "."
                + Base64Url("{\"sub\":\"" + sub + "\",\"roles\":[\"ops\",\"registry-admin\"],"
                    + "\"iss\":\"" + Issuer + "\",\"aud\":\"" + Audience + "\",\"exp\":4102444800}")
                + "." + parts[2]),
            ("alg none", "Bearer " + Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + "."),
            ("signature stripped", "Bearer " + parts[0] + "." + parts[1] + "."),
            ("truncated", "Bearer " + valid[..(valid.Length / 2)]),
            ("garbage", "Bearer ' or PartitionKey ne '"),
            ("basic scheme", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:admin"))),
            ("empty bearer", "Bearer "),
            ("huge", "Bearer " + new string('A', 12_000)),
        ];
    }

    private static SymmetricSecurityKey Key(string base64) => new(Convert.FromBase64String(base64)) { KeyId = "dev" };

    private static string Sign(
        string sub,
        string[] roles,
        SecurityKey key,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string audience = Audience,
        string issuer = Issuer)
    {
        var from = notBefore ?? DateTime.UtcNow.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = sub,
                ["roles"] = roles,
                ["hrss"] = "haizhu",
                ["unit"] = "E-DEMO-HAIZHU",
            },
            IssuedAt = from,
            NotBefore = from,
            Expires = expires ?? from.AddHours(2),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(json);
}
