using TalentHukou.Api.OpenApi;
using TalentHukou.Workflows.Applications.UseCases;

namespace TalentHukou.Api.Applications;

/// <summary>The OpenAPI words of <see cref="WithdrawalApi"/>'s routes, by route name.</summary>
internal static class WithdrawalApiDocs
{
    public static ApiDoc WithdrawApplication { get; } = new(
        "The applicant withdraws the application (before the card saga starts); they may apply again at once",
        typeof(WithdrawBody), typeof(ApplicationView))
    {
        Problems = [409],
    };
}
