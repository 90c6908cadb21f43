using System.Net;
using System.Net.Http.Headers;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Auth;

[Collection(SharedHostCollection.Name)]
public class AuthenticationTests(SharedHost shared)
{
    private const string SignedInRoute = "registry/employers?name=广州地铁集团有限公司";

    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task SignedInRoute_NoToken_401WithChallenge()
    {
        var response = await Host.Anonymous.GetAsync(SignedInRoute);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task SignedInRoute_ValidToken_200()
    {
        var client = await Host.ClientForAsync("someone", ["applicant"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(SignedInRoute)).StatusCode);
    }

    [Fact]
    public async Task SignedInRoute_TamperedSignature_401()
    {
        var client = await Host.ClientForAsync("someone", ["applicant"]);
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        var tampered = token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];
        Assert.Contains("signature", (await SendWith(tampered)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SignedInRoute_TamperedClaims_401()
    {
        var client = await Host.ClientForAsync("someone", ["applicant"]);
        var parts = client.DefaultRequestHeaders.Authorization!.Parameter!.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"applicant\"", "\"ops\"");
        await SendWith($"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}");
    }

    [Fact]
    public async Task SignedInRoute_ExpiredToken_401SaysExpired() =>
        Assert.Contains(
            "expired",
            (await SendWith(Mint(expires: DateTime.UtcNow.AddMinutes(-10)))).GetProperty("detail").GetString());

    [Fact]
    public async Task SignedInRoute_WrongAudience_401() => await SendWith(Mint(audience: "someone-else"));

    [Fact]
    public async Task SignedInRoute_OtherKey_401() => await SendWith(Mint(key: new string('k', 44)));

    [Fact]
    public async Task SignedInRoute_NotBearerScheme_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SignedInRoute);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");
        await ProblemAssert.IsProblemAsync(
            await Host.Anonymous.SendAsync(request), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task RoleRoute_WrongRole_403()
    {
        var client = await Host.ClientForAsync("someone", ["applicant"]);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("admin/staff"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task RoleRoute_NoRoles_403()
    {
        var client = await Host.ClientForAsync("someone", []);
        await ProblemAssert.IsProblemAsync(
            await client.PostAsync("registry/employer-requests", null), HttpStatusCode.Forbidden, "forbidden");
    }

    private async Task<System.Text.Json.JsonElement> SendWith(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SignedInRoute);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await ProblemAssert.IsProblemAsync(
            await Host.Anonymous.SendAsync(request), HttpStatusCode.Unauthorized, "unauthorized");
    }

    private static string Mint(DateTime? expires = null, string audience = "talenthukou-api", string? key = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://talenthukou.local/dev",
            Audience = audience,
            Claims = new Dictionary<string, object> { ["sub"] = "someone", ["roles"] = new[] { "applicant" } },
            IssuedAt = (expires ?? now).AddHours(-1),
            NotBefore = (expires ?? now).AddHours(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(key ?? TestKeys.DevSigningKey)),
                SecurityAlgorithms.HmacSha256),
        });
    }
}
