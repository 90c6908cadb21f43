using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsBulkApi"/>'s routes, by route name.</summary>
internal static class OpsBulkApiDocs
{
    public static ApiDoc OpsBulkDryRun { get; } = new(
        $"Dry run of a bulk action over filtered instances (at most {OpsBulkApi.MaxInstances}; a terminate at most "
        + $"{OpsBulkApi.MaxTerminate}): the count and each instance's case-level effect, stored under an id",
        typeof(BulkDryRunBody), typeof(BulkDryRunView), Success: 201)
    {
        Problems = [422],
    };

    public static ApiDoc OpsApproveBulk { get; } = new(
        "An admin approves a bulk terminate (not the operator who asked for it); audited")
    {
        Problems = [404, 409],
    };

    public static ApiDoc OpsApplyBulk { get; } = new(
        "Apply a dry run by its id: exactly its instances, each re-checked and audited, as one orchestration "
        + "(applying again acts once)",
        typeof(BulkApplyBody), typeof(BulkAccepted), Success: 202)
    {
        Problems = [404, 409],
    };

    public static ApiDoc OpsBulkProgress { get; } = new(
        "A bulk apply's progress and summary",
        Response: typeof(BulkProgressView))
    {
        Problems = [404],
    };
}
