using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Domain.Identity;

namespace TalentHukou.Api.Registry;

/// <summary>Who files a registry request and where they hear of the decision.</summary>
public sealed record RegistryRequester(string Subject, string? Email, string? MaskedName = null)
{
    /// <summary>
    /// The caller, told at <paramref name="contactEmail"/> (optional field <c>contactEmail</c>) or else at the address
    /// in their token; an invalid <paramref name="contactEmail"/> is reported on <paramref name="v"/>.
    /// </summary>
    public static RegistryRequester Of(Caller caller, string? contactEmail, BodyValidator v)
    {
        if (string.IsNullOrWhiteSpace(contactEmail)) return new(caller.Subject, ValidOrNull(caller.Email));
        return new(caller.Subject, v.Check("contactEmail", EmailAddress.Parse(contactEmail))?.Value);
    }

    private static string? ValidOrNull(string? email) => email is not null && EmailAddress.Parse(email).IsValid ? email : null;
}
