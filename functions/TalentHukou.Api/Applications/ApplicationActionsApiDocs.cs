using TalentHukou.Api.OpenApi;
using TalentHukou.Workflows.Applications.UseCases;

namespace TalentHukou.Api.Applications;

/// <summary>The OpenAPI words of <see cref="ApplicationActionsApi"/>'s routes, by route name.</summary>
internal static class ApplicationActionsApiDocs
{
    public static ApiDoc UnitReviewApplication { get; } = new(
        "The employer's unit admin approves or rejects",
        typeof(ReviewBody), Success: 202)
    {
        Problems = [409],
    };

    public static ApiDoc ReviewApplication { get; } = new(
        "The scoped HRSS reviewer approves or rejects (manual path)",
        typeof(ReviewBody), Success: 202)
    {
        Problems = [409],
    };

    public static ApiDoc FileObjection { get; } = new(
        "Raise an objection while publicity runs",
        typeof(ObjectionBody), Success: 201)
    {
        Problems = [409],
    };

    public static ApiDoc ResolveObjection { get; } = new(
        "Resolve an objection: upheld rejects the application",
        typeof(ResolutionBody), Success: 202)
    {
        Problems = [409],
    };

    public static ApiDoc IssueCard { get; } = new(
        "The card office issues the card (manual path, after publicity)",
        Success: 202)
    {
        Problems = [409],
    };

    public static ApiDoc GenerateCard { get; } = new(
        "The applicant e-signs and the system issues the card (smart path)",
        typeof(GenerateCardBody), Success: 202)
    {
        Problems = [409],
    };
}
