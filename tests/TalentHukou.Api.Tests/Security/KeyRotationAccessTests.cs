using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Security;

/// <summary>
/// Who may start a key rotation. Refused before anything runs, so the shared host does (no key setting of its own
/// is needed, and nothing is rotated on it).
/// </summary>
[Collection(SharedHostCollection.Name)]
public class KeyRotationAccessTests(SharedHost shared)
{
    [Fact]
    public async Task StartRotation_NotOps_403()
    {
        var reviewer = await shared.Host.ClientForAsync("rotation-reviewer", ["reviewer"], hrss: "tianhe");
        var response = await reviewer.PostAsJsonAsync("ops/key-rotations", new { keyId = "k1" });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }
}
