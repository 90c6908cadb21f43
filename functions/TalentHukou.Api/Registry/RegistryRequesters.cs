using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Domain.Identity;
using TalentHukou.Workflows.Registry.UseCases;

namespace TalentHukou.Api.Registry;

/// <summary>
/// Reads who files a registry request from the caller and the request's optional <c>contactEmail</c>.
/// </summary>
public static class RegistryRequesters
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

    private static string? ValidOrNull(string? email) =>
        email is not null && EmailAddress.Parse(email).IsValid ? email : null;
}
