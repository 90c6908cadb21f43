using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Tests.Applications;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Security;

/// <summary>
/// A full run through the service, then a scan of everything ops and the logs can see: no full ID number and no
/// full phone number may appear anywhere outside its owner's own view.
/// </summary>
public class PersonalDataScanTests
{
    [Fact]
    public async Task Submit_StoredApplication_HoldsNoBirthDateBesideTheMaskedIdNumber()
    {
        await using var host = await LocalHostUnderTest.StartAsync();
        var birthDate = new DateOnly(1991, 8, 23);
        var applicant = await host.ClientForAsync("pii-birth-" + Guid.NewGuid().ToString("N")[..8], ["applicant"]);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", IdNumbers.New(birthDate));

        var row = await host.Services.GetRequiredService<StorageClients>().Table(StorageNames.ApplicationsTable)
            .GetEntityAsync<TableEntity>(id, "app");
        var stored = string.Join("\n", row.Value.Select(p => p.Value?.ToString()));
        Assert.Contains("**********", stored);
        foreach (var form in new[] { "1991-08-23", "19910823", "1991/8/23" })
            Assert.DoesNotContain(form, stored);
    }

    [Fact]
    public async Task FullRun_LogsAndOpsViews_NeverShowFullIdNumbersOrPhones()
    {
        await using var host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?> { ["Clock:Acceleration"] = "100000" });
        var idNumber = IdNumbers.New();
        var unitAdminId = IdNumbers.New();
        const string phone = "13800138000";
        const string objectorPhone = "13698765432";
        var applicant = await host.ClientForAsync("pii-applicant", ["applicant"]);

        await Json.PostOkAsync(applicant, "unit-admins/requests", new { employerId = "E-DEMO-GOV", applicantName = "赵敏", idNumber = unitAdminId, phone = "13712345678", email = "zm@example.cn" }, HttpStatusCode.Accepted);
        var body = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart", idNumber);
        var id = (await Json.PostOkAsync(applicant, "applications", body, HttpStatusCode.Accepted)).Str("applicationId");
        await ApplicationFlows.AtStageAsync(applicant, id, "publicity");
        var objector = await host.ClientForAsync("pii-objector", ["applicant"]);
        await objector.PostAsJsonAsync($"applications/{id}/objections", new { reason = "请核实工作单位情况", contact = objectorPhone });
        await ApplicationFlows.AtStageAsync(applicant, id, "objection-review");
        var city = await ApplicationFlows.ReviewerAsync(host, "tianhe");
        var view = await city.GetFromJsonAsync<JsonElement>($"applications/{id}");
        await city.PostAsJsonAsync($"applications/{id}/objections/{view.GetProperty("objections")[0].Str("objectionId")}/resolution", new { upheld = false, note = "不成立" });
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card", 120);

        var seen = new List<string>(host.Logs.Lines) { view.ToString() };
        var ops = await host.ClientForAsync("pii-ops", ["ops"]);
        var instances = await ops.GetFromJsonAsync<JsonElement>("ops/instances?pageSize=200");
        foreach (var instance in instances.GetProperty("items").EnumerateArray())
            seen.Add(await ops.GetStringAsync($"ops/instances/{instance.Str("instanceId")}"));
        seen.Add(await ops.GetStringAsync("ops/metrics"));
        seen.Add(await city.GetStringAsync("applications?pageSize=100"));

        Assert.True(seen.Count > 10, "the scan must cover the logs and several instances");
        foreach (var secret in new[] { idNumber, unitAdminId, phone, objectorPhone, "13712345678" })
        {
            var leak = seen.FirstOrDefault(s => s.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.True(leak is null, $"{secret[..3]}… leaked in: {leak?[..Math.Min(400, leak.Length)]}");
        }
    }
}
