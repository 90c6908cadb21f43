using System.Net;
using DurableTask.Core;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Testing;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Support.Orchestrations;

namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>New instances carry their orchestrator's current version, end to end: local host, Azurite.</summary>
public class OrchestrationVersionTests
{
    [Fact]
    public async Task Start_NewInstances_CarryTheCurrentVersionThroughSubOrchestrationAndContinueAsNew()
    {
        await using var host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Clock:Acceleration"] = "100000",
            ["Processes:Unstarted:SweepInterval"] = "00:00:01",
        });
        var applicant = await ApplicationFlows.ApplicantAsync(host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
        var ticket = (await Tickets.FileAsync(applicant)).Str("ticketId");
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card", 120);
        var signature = new { consent = true, signedName = "李小龙" };
        await Json.PostOkAsync(applicant, $"applications/{id}/card/generate", signature, HttpStatusCode.Accepted);
        await ApplicationFlows.AtStageAsync(applicant, id, "card-issued", 60);

        await AssertVersionAsync(host, nameof(ApplicationOrchestrator), ApplicationOrchestrator.InstanceIdFor(id));
        await AssertVersionAsync(host, CardSaga.OrchestratorName, CardSaga.InstanceIdFor(id, 1));
        await AssertVersionAsync(host, nameof(TicketSlaOrchestrator), TicketSlaOrchestrator.InstanceIdFor(ticket));
        var firstRound = (await ExecutionAsync(host, UnstartedProcessSweep.InstanceId)).ExecutionId;
        await Eventually.TrueAsync(
            async () => (await ExecutionAsync(host, UnstartedProcessSweep.InstanceId)).ExecutionId != firstRound,
            "the sweep continues as new");
        await AssertVersionAsync(host, nameof(UnstartedProcessSweep), UnstartedProcessSweep.InstanceId);
    }

    private static async Task AssertVersionAsync(LocalHostUnderTest host, string orchestrator, string instanceId) =>
        Assert.Equal(OrchestrationVersions.For(orchestrator), (await ExecutionAsync(host, instanceId)).Version);

    private static async Task<(string ExecutionId, string? Version)> ExecutionAsync(LocalHostUnderTest host, string id)
    {
        var client = host.Services.GetRequiredService<IOrchestrationServiceClient>();
        var state = (await client.GetOrchestrationStateAsync(id, allExecutions: false)).Single();
        return (state.OrchestrationInstance.ExecutionId, state.Version);
    }
}
