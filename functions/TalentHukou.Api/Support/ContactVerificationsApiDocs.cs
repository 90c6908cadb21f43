using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Support;

/// <summary>The OpenAPI words of <see cref="ContactVerificationsApi"/>'s routes, by route name.</summary>
internal static class ContactVerificationsApiDocs
{
    public static ApiDoc StartContactVerification { get; } = new(
        "Send a one-time code by SMS to verify a mobile number (limited per number and caller)",
        typeof(VerificationBody), typeof(VerificationStarted), Success: 202)
    {
        Problems = [429],
    };

    public static ApiDoc ConfirmContactVerification { get; } = new(
        "Confirm a verification with its code (expires after 10 minutes or 5 wrong codes)",
        typeof(ConfirmationBody), typeof(VerificationConfirmed))
    {
        Problems = [404, 410, 422],
    };
}
