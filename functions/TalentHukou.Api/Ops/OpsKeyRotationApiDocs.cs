using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsKeyRotationApi"/>'s routes, by route name.</summary>
internal static class OpsKeyRotationApiDocs
{
    public static ApiDoc OpsStartKeyRotation { get; } = new(
        "Re-encrypt and re-index stored personal data under the current personal-data key (Privacy:CurrentKeyId): "
        + "starts the rotation orchestration, watched at /ops/instances/{instanceId}. The body names that key, as a "
        + "confirmation. 409 while one runs. Audited",
        typeof(KeyRotationBody), typeof(KeyRotationStarted), 202)
    {
        Problems = [409],
    };
}
