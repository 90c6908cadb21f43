using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Registry;

public class RegistryRestartTests
{
    [Fact]
    public async Task PendingRequest_HostRestarted_DecidedAfterRestart()
    {
        var names = HostNames.New();
        var settings = new Dictionary<string, string?> { ["Clock:Acceleration"] = "10" };
        var name = "广州重启示范有限公司" + Random.Shared.Next(1000, 9999);
        string requestId;
        await using (var first = await LocalHostUnderTest.StartAsync(names, settings))
        {
            var applicant = await first.ClientForAsync("restart-applicant", ["applicant"]);
            requestId = (await Json.PostOkAsync(
                applicant,
                "registry/employer-requests",
                EmployerRegistryTests.NewEmployer(name),
                HttpStatusCode.Accepted)).Str("requestId");
        }
        await using var second = await LocalHostUnderTest.StartAsync(names, settings);
        var sameApplicant = await second.ClientForAsync("restart-applicant", ["applicant"]);
        var admin = await second.ClientForAsync("admin-2", ["registry-admin"]);
        var progress = await sameApplicant.GetFromJsonAsync<JsonElement>($"registry/requests/{requestId}");
        Assert.Equal("pending", progress.Str("status"));
        var decided = await Json.PostOkAsync(
            admin, $"registry/requests/{requestId}/decision", new { approve = true }, HttpStatusCode.OK);
        Assert.Equal("approved", decided.Str("status"));
        var found = await sameApplicant.GetFromJsonAsync<JsonElement>(
            $"registry/employers?name={Uri.EscapeDataString(name)}");
        Assert.Equal(1, found.GetArrayLength());
    }
}
