using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Registry.Orchestrations;
using TalentHukou.Workflows.Support.Orchestrations;

namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>
/// Records the replay fixtures: drives real cases through the local host on Azurite into the states listed in
/// <c>README.md</c> and writes each instance's history, as the task hub stores it, to <c>Fixtures/{set}/</c>.
/// Runs only with <c>RECORD_REPLAY_FIXTURES=1</c> (and <c>REPLAY_FIXTURE_SET=release-yyyy-MM-dd</c>), on the code of
/// the release the fixtures stand for; every other run skips it.
/// </summary>
public class ReplayFixtureRecorder
{
    private const string SignedName = "李小龙";
    private static readonly string[] PersonalData =
        [SignedName, "13800138000", "applicant@example.cn", "张伟", "13912345678"];

    [SkippableFact]
    public async Task Record_CasesInFlight_WritesTheirHistories()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("RECORD_REPLAY_FIXTURES") == "1", "records only when asked");
        var set = Environment.GetEnvironmentVariable("REPLAY_FIXTURE_SET")
            ?? throw new InvalidOperationException("Set REPLAY_FIXTURE_SET.");
        var folder = Path.Combine(ReplayFixtures.SourceFolder(), set);
        Directory.CreateDirectory(folder);
        var ids = new List<string>();
        await RecordWaitingCasesAsync(folder, ids);
        await RecordCardCasesAsync(folder, ids);
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            var text = await File.ReadAllTextAsync(file);
            foreach (var secret in PersonalData.Concat(ids))
                Assert.False(text.Contains(secret, StringComparison.Ordinal), Path.GetFileName(file));
        }
    }

    /// <summary>Real-time clock: every case stops where it waits for a person or a deadline days away.</summary>
    private static async Task RecordWaitingCasesAsync(string folder, List<string> ids)
    {
        await using var host = await LocalHostUnderTest.StartAsync();
        var applicant = await ApplicationFlows.ApplicantAsync(host);
        var reviewer = await ApplicationFlows.ReviewerAsync(host, "tianhe");

        var inReview = await SubmitAsync(applicant, "manual", ids);
        await ApplicationFlows.AtStageAsync(applicant, inReview, "hrss-review");
        await WriteWhenWaitingAsync(host, folder, "application-manual-hrss-review", "application-" + inReview);

        var second = await ApplicationFlows.ApplicantAsync(host);
        var manual = await SubmitAsync(second, "manual", ids);
        await ApplicationFlows.AtStageAsync(second, manual, "hrss-review");
        var approval = new { approve = true, reason = "材料齐全" };
        await Json.PostOkAsync(reviewer, $"applications/{manual}/review", approval, HttpStatusCode.Accepted);
        await ApplicationFlows.AtStageAsync(second, manual, "publicity");
        await WriteWhenWaitingAsync(host, folder, "application-manual-publicity", "application-" + manual);

        var third = await ApplicationFlows.ApplicantAsync(host);
        var smart = await SubmitAsync(third, "smart", ids);
        await ApplicationFlows.AtStageAsync(third, smart, "publicity");
        await WriteWhenWaitingAsync(host, folder, "application-smart-publicity", "application-" + smart);

        var ticket = (await Tickets.FileAsync(applicant)).Str("ticketId");
        await WriteWhenWaitingAsync(host, folder, "ticket-sla-waiting", TicketSlaOrchestrator.InstanceIdFor(ticket));

        var employer = new
        {
            action = "add",
            name = "广州回放记录科技有限公司",
            creditCode = "91440101MA5REPLAYG",
            kind = "enterprise",
            district = "tianhe",
            address = "广州市天河区体育西路1号",
            contactName = "张伟",
            contactPhone = "13912345678",
        };
        var filed = await Json.PostOkAsync(applicant, "registry/employer-requests", employer, HttpStatusCode.Accepted);
        var request = RegistryReviewOrchestrator.InstanceIdFor(filed.Str("requestId"));
        await WriteWhenWaitingAsync(host, folder, "registry-review-waiting", request);
    }

    /// <summary>Accelerated clock: the smart path through publicity to the card, and the card saga.</summary>
    private static async Task RecordCardCasesAsync(string folder, List<string> ids)
    {
        var accelerated = new Dictionary<string, string?> { ["Clock:Acceleration"] = "20000" };
        await using var host = await LocalHostUnderTest.StartAsync(settings: accelerated);
        var applicant = await ApplicationFlows.ApplicantAsync(host);
        var id = await SubmitAsync(applicant, "smart", ids);
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card", 120);
        await WriteWhenWaitingAsync(host, folder, "application-smart-awaiting-card", "application-" + id);

        var signature = new { consent = true, signedName = SignedName };
        await Json.PostOkAsync(applicant, $"applications/{id}/card/generate", signature, HttpStatusCode.Accepted);
        await ApplicationFlows.AtStageAsync(applicant, id, "card-issued", 60);
        await WriteWhenWaitingAsync(host, folder, "card-saga-psb-check", $"card-{id}-1");
        await WriteWhenWaitingAsync(host, folder, "application-smart-card-saga-running", "application-" + id);

        await ApplicationFlows.AtStageAsync(applicant, id, "psb-synced", 180);
        await Eventually.TrueAsync(
            async () => await StatusAsync(host, "application-" + id) == OrchestrationStatus.Completed, "it completes");
        await WriteAsync(host, folder, "card-saga-completed", $"card-{id}-1");
        await WriteAsync(host, folder, "application-smart-psb-synced", "application-" + id);
    }

    private static async Task<string> SubmitAsync(HttpClient applicant, string mode, List<string> ids)
    {
        var idNumber = VerifiedIdentities.Of(applicant)!;
        ids.Add(idNumber);
        return (await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", mode, idNumber)).Id;
    }

    private static async Task<OrchestrationStatus?> StatusAsync(LocalHostUnderTest host, string instanceId)
    {
        var client = host.Services.GetRequiredService<IOrchestrationServiceClient>();
        var state = await client.GetOrchestrationStateAsync(instanceId, allExecutions: false);
        return state.FirstOrDefault()?.OrchestrationStatus;
    }

    /// <summary>
    /// Waits until the instance waits for an event, a timer or a sub-orchestration only: its last episode ended and
    /// every activity it scheduled has answered, twice in a row a second apart.
    /// </summary>
    private static async Task WriteWhenWaitingAsync(
        LocalHostUnderTest host, string folder, string name, string instanceId)
    {
        var client = host.Services.GetRequiredService<IOrchestrationServiceClient>();
        var stableFor = 0;
        await Eventually.TrueAsync(async () =>
        {
            var state = (await client.GetOrchestrationStateAsync(instanceId, allExecutions: false)).FirstOrDefault();
            var waiting = state?.OrchestrationStatus == OrchestrationStatus.Running
                && IsWaiting(await client.GetOrchestrationHistoryAsync(
                    instanceId, state.OrchestrationInstance.ExecutionId));
            stableFor = waiting ? stableFor + 1 : 0;
            if (stableFor < 3) await Task.Delay(500);
            return stableFor >= 3;
        }, $"{instanceId} waits", 60);
        await WriteAsync(host, folder, name, instanceId);
    }

    private static bool IsWaiting(string history)
    {
        var types = JsonNode.Parse(history)!.AsArray().Select(e => (EventType)(int)e!["EventType"]!).ToList();
        int Count(EventType type) => types.Count(t => t == type);
        return types.Count > 0 && types[^1] == EventType.OrchestratorCompleted
            && Count(EventType.TaskScheduled) == Count(EventType.TaskCompleted) + Count(EventType.TaskFailed);
    }

    private static async Task WriteAsync(LocalHostUnderTest host, string folder, string name, string instanceId)
    {
        var client = host.Services.GetRequiredService<IOrchestrationServiceClient>();
        var state = (await client.GetOrchestrationStateAsync(instanceId, allExecutions: false)).Single();
        var history = await client.GetOrchestrationHistoryAsync(instanceId, state.OrchestrationInstance.ExecutionId);
        var fixture = new JsonObject
        {
            ["case"] = name,
            ["instanceId"] = instanceId,
            ["name"] = state.Name,
            ["version"] = state.Version ?? "",
            ["runtimeStatus"] = state.OrchestrationStatus.ToString(),
            ["executionId"] = state.OrchestrationInstance.ExecutionId,
            ["history"] = JsonNode.Parse(history),
        };
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".json"), fixture.ToJsonString(options) + "\n");
    }
}
