using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Audit;
using TalentHukou.Api.Auth;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Privacy;

namespace TalentHukou.Api.Ops;

/// <summary>
/// Starts the personal-data key rotation (<see cref="PersonalDataKeyRotation"/>) to the current key; ops watch it
/// through <c>GET /ops/instances/{instanceId}</c>. Ops only, audited (<c>ops.key-rotation</c>).
/// </summary>
public static class OpsKeyRotationApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("OpsStartKeyRotation", "POST", "ops/key-rotations", Access.RolesOf(Roles.Ops),
            Handle.With<KeyRotationServices>(Start)) { Doc = OpsKeyRotationApiDocs.OpsStartKeyRotation },
    ];

    public static async Task<IResult> Start(ApiRequest request, KeyRotationServices services)
    {
        var keyId = services.Protector.CurrentKeyId;
        // Ops name the key they mean to rotate to: a stale runbook or a wrong environment is refused, not rotated.
        var body = await request.ReadJsonAsync<KeyRotationBody>();
        if (body.KeyId != keyId)
            throw new ProblemException(ProblemTypes.ValidationFailed, "keyId must name the current personal-data key.",
                new Dictionary<string, string[]> { ["keyId"] = ["须为当前使用的个人信息密钥编号"] });
        var instanceId = PersonalDataKeyRotation.InstanceIdFor(keyId);
        var started = await PersonalDataKeyRotation.StartAsync(request.Durable, keyId, request.Aborted);
        await services.Audit.AppendAsync(
            new AuditRecord(
                request.Caller.Subject,
                Roles.Ops,
                "ops.key-rotation",
                instanceId,
                started ? "accepted" : "refused",
                $"to key {keyId}"),
            request.Aborted);
        if (!started)
            return Problems.Problems.Result(
                ProblemTypes.Conflict, $"A rotation to key {keyId} is running: {instanceId}.");
        return TypedResults.Accepted($"/api/ops/instances/{instanceId}", new KeyRotationStarted(instanceId, keyId));
    }
}

/// <summary>The key to rotate to: must be the current one (<c>Privacy:CurrentKeyId</c>).</summary>
[Description("个人数据密钥轮换。The personal-data key version to re-encrypt stored data to.")]
public sealed record KeyRotationBody(string? KeyId);

/// <summary>The rotation's instance (to watch) and the key it moves everything to.</summary>
[Description("密钥轮换已开始。The key rotation's orchestration instance and key id.")]
public sealed record KeyRotationStarted(string InstanceId, string KeyId);
