using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Api.Auth;
using TalentHukou.Domain.Common;

namespace TalentHukou.LocalHost.Dev;

/// <summary>
/// What a development token carries: the subject, roles, their scopes (unit, hrss), e-mail and the verified identity
/// claim. One definition for every local signer: the local host's shared dev key and the Functions host harness's
/// test OpenID issuer.
/// </summary>
public static class DevTokens
{
    public static IReadOnlyList<FieldError> Problems(DevTokenRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(body.Sub) || body.Sub.Length > 128)
            errors.Add(new("sub", "必须填写1到128个字符", "sub must be 1 to 128 characters."));
        foreach (var role in (body.Roles ?? []).Where(r => !Roles.All.Contains(r)))
            errors.Add(new(
                "roles", $"未知角色：{role}", $"Unknown role '{role}'; use one of {string.Join(", ", Roles.All)}."));
        if (body.IdNumber is { Length: > 32 })
            errors.Add(new("idNumber", "不能超过32个字符", "idNumber must be at most 32 characters."));
        return errors;
    }

    /// <summary>
    /// A token for a valid <paramref name="body"/>, issued by <paramref name="issuer"/> for the API's audience.
    /// </summary>
    public static string Create(
        DevTokenRequest body,
        AuthOptions options,
        string issuer,
        PersonalDataProtector protector,
        DateTime utcNow,
        SigningCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(protector);
        var claims = new Dictionary<string, object> { ["sub"] = body.Sub!, ["roles"] = body.Roles ?? [] };
        if (body.Unit is not null) claims["unit"] = body.Unit;
        if (body.Hrss is not null) claims["hrss"] = body.Hrss;
        if (body.Email is not null) claims["email"] = body.Email;
        if (body.IdNumber is { Length: > 0 } idNumber)
            claims[options.IdentityClaim is { Length: > 0 } claim ? claim : IdentityClaims.DevDefault] =
                options.IdentityClaimHashed ? protector.IndexOf(idNumber) : idNumber;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = options.Audience,
            Claims = claims,
            IssuedAt = utcNow,
            NotBefore = utcNow,
            Expires = utcNow.AddHours(body.Hours is > 0 and <= 24 ? body.Hours.Value : 8),
            SigningCredentials = credentials,
        });
    }
}
