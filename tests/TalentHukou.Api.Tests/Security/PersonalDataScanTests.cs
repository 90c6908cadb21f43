using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Tests.Applications;
using TalentHukou.Api.Tests.Cards;
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
    public async Task FullRun_LogsAndOpsViews_NeverShowFullIdNumbersOrPhones()
    {
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?> { ["Clock:Acceleration"] = "100000" });
        var idNumber = IdNumbers.New();
        var unitAdminId = IdNumbers.New();
        const string phone = "13800138000";
        const string objectorPhone = "13698765432";
        var applicant = await host.ClientForAsync("pii-applicant", ["applicant"], idNumber: idNumber);
        var unitAdmin = await host.ClientForAsync("pii-unit-admin", ["applicant"], idNumber: unitAdminId);

        await Json.PostOkAsync(
            unitAdmin,
            "unit-admins/requests",
            new
            {
                employerId = "E-DEMO-GOV",
                applicantName = "赵敏",
                idNumber = unitAdminId,
                phone = "13712345678",
                email = "zm@example.cn",
            },
            HttpStatusCode.Accepted);
        var body = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart", idNumber);
        var id = (await Json.PostOkAsync(applicant, "applications", body, HttpStatusCode.Accepted))
            .Str("applicationId");
        await ApplicationFlows.AtStageAsync(applicant, id, "publicity");
        var objector = await host.ClientForAsync("pii-objector", ["applicant"]);
        await objector.PostAsJsonAsync(
            $"applications/{id}/objections", new { reason = "请核实工作单位情况", contact = objectorPhone });
        await ApplicationFlows.AtStageAsync(applicant, id, "objection-review");
        var city = await ApplicationFlows.ReviewerAsync(host, "tianhe");
        var view = await city.GetFromJsonAsync<JsonElement>($"applications/{id}");
        await city.PostAsJsonAsync(
            $"applications/{id}/objections/{view.GetProperty("objections")[0].Str("objectionId")}/resolution",
            new { upheld = false, note = "不成立" });
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

    /// <summary>
    /// Issue #16 item 5: the raw orchestration state (every instance's input, output, custom status and full history,
    /// unmasked, straight from the task hub) and every log line hold none of the applicant's name, email, phone or ID
    /// number, after a smart-path application reached public security, a manual one was reviewed, a ticket was filed
    /// and answered, and a registry request was decided. (The owner's own views and the outbox row may hold them.)
    /// </summary>
    [Fact]
    public async Task WholeLifecycle_RawOrchestrationStateAndLogs_HoldNoNameEmailPhoneOrIdNumber()
    {
        // The card saga's public-security checks at test pace (as on the issued-card host): the card only has to end
        // synced, how long public security takes is not under test.
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?>(IssuedCardFixture.FastSaga())
            {
                ["Clock:Acceleration"] = "100000",
            });
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (smartId, manualId) = (IdNumbers.New(), IdNumbers.New());
        var email = $"pii-{tag}@example.cn";
        var applicant = await host.ClientForAsync("pii-life-" + tag, ["applicant"], idNumber: smartId);
        var other = await host.ClientForAsync("pii-life2-" + tag, ["applicant"], idNumber: manualId);

        // The registry request is decided first, on its own: at this acceleration it falls overdue (and is escalated)
        // within seconds, so nothing else may slow the host between its filing and its decision.
        var request = await RegistryRequestRejectedAsync(host, applicant, tag, email);
        // The other three journeys are independent (two people, a ticket): run side by side, all finished before the
        // scan.
        var ticketAnswered = TicketAnsweredAsync(host, applicant);
        await Task.WhenAll(
            SmartToPsbSyncedAsync(applicant, smartId, email),
            ManualRejectedAsync(host, other, manualId, email),
            ticketAnswered);
        var ticket = await ticketAnswered;
        await Eventually.TrueAsync(
            async () => await host.OutboxAsync($"registry/{request}/rejected") is not null,
            "the registry decision is mailed");
        await Eventually.TrueAsync(
            async () => await host.OutboxAsync($"ticket/{ticket}/received") is not null, "the ticket mail is queued");

        var state = await RawOrchestrationStateAsync(host);
        Assert.True(state.Count > 20, $"the scan must cover many instances and events, saw {state.Count}");
        var ticketFields = Tickets.FieldsFor(applicant);
        var secrets = new[]
        {
            smartId, manualId, email, "13800138000", "李小龙", "张伟", "13912345678",
            ticketFields.Name, ticketFields.IdNumber, ticketFields.Phone, ticketFields.Email,
        };
        foreach (var (where, text) in state.Concat(host.Logs.Lines.Select(l => ("log", l))))
        {
            var secret = secrets.FirstOrDefault(s => text.Contains(s, StringComparison.OrdinalIgnoreCase));
            Assert.True(secret is null, $"{secret?[..2]}… found in {where}: {text[..Math.Min(400, text.Length)]}");
        }
    }

    private static async Task SmartToPsbSyncedAsync(HttpClient applicant, string idNumber, string email)
    {
        var smart = (await Json.PostOkAsync(
            applicant,
            "applications",
            await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart", idNumber, email: email),
            HttpStatusCode.Accepted)).Str("applicationId");
        await ApplicationFlows.AtStageAsync(applicant, smart, "awaiting-card", 120);
        await Json.PostOkAsync(
            applicant,
            $"applications/{smart}/card/generate",
            new { consent = true, signedName = "李小龙" },
            HttpStatusCode.Accepted);
        await ApplicationFlows.AtStageAsync(applicant, smart, "psb-synced", 120);
    }

    private static async Task ManualRejectedAsync(
        LocalHostUnderTest host, HttpClient other, string idNumber, string email)
    {
        var (manual, _) = await ApplicationFlows.SubmitAsync(other, "E-DEMO-TECH", "manual", idNumber, email);
        await ApplicationFlows.AtStageAsync(other, manual, "hrss-review");
        var reviewer = await ApplicationFlows.ReviewerAsync(host, "tianhe");
        await Json.PostOkAsync(
            reviewer,
            $"applications/{manual}/review",
            new { approve = false, reason = "材料不全" },
            HttpStatusCode.Accepted);
        await ApplicationFlows.AtStageAsync(other, manual, "rejected");
    }

    private static async Task<string> TicketAnsweredAsync(LocalHostUnderTest host, HttpClient applicant)
    {
        var ticket = (await Tickets.FileAsync(applicant)).Str("ticketId");
        var support = await host.ClientForAsync("pii-support", ["support"]);
        await Json.PostOkAsync(
            support, $"support/tickets/{ticket}/reply", new { message = "请清除浏览器缓存后重试。" }, HttpStatusCode.OK);
        return ticket;
    }

    private static async Task<string> RegistryRequestRejectedAsync(
        LocalHostUnderTest host, HttpClient applicant, string tag, string email)
    {
        var request = (await Json.PostOkAsync(
            applicant,
            "registry/employer-requests",
            Registry.EmployerRegistryTests.NewEmployer($"广州隐私扫描{tag}有限公司", contactEmail: email),
            HttpStatusCode.Accepted)).Str("requestId");
        var admin = await host.ClientForAsync("pii-registry", ["registry-admin"]);
        await Json.PostOkAsync(
            admin,
            $"registry/requests/{request}/decision",
            new { approve = false, reason = "信用代码不符" },
            HttpStatusCode.OK);
        return request;
    }

    /// <summary>Every instance's input, output, custom status and every execution's history, unmasked.</summary>
    internal static async Task<List<(string Where, string Text)>> RawOrchestrationStateAsync(LocalHostUnderTest host)
    {
        var service = host.Services.GetRequiredService<DurableTask.Core.IOrchestrationServiceClient>();
        var found = new List<(string, string)>();
        await foreach (var instance in host.Durable.GetAllInstancesAsync(
            new Microsoft.DurableTask.Client.OrchestrationQuery { FetchInputsAndOutputs = true }))
        {
            found.Add(($"{instance.InstanceId} input/output/status",
                $"{instance.SerializedInput}\n{instance.SerializedOutput}\n"
                + $"{instance.SerializedCustomStatus}\n{instance.FailureDetails}"));
            foreach (var execution in await service.GetOrchestrationStateAsync(
                instance.InstanceId, allExecutions: true))
            {
                var history = await service.GetOrchestrationHistoryAsync(
                    instance.InstanceId, execution.OrchestrationInstance.ExecutionId);
                found.Add(($"{instance.InstanceId} history", System.Text.RegularExpressions.Regex.Unescape(history)));
            }
        }
        return found;
    }
}
