using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Domain.Applications;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>
/// Seed Q7 reproduced: public security acknowledges the card but loses it; the saga notices and reconciles.
/// </summary>
[Collection(FaultHostCollection.Name)]
public sealed class PsbReconciliationTests(FaultHostFixture faults)
{
    private Testing.LocalHostUnderTest Host => faults.Host;

    [Fact]
    public async Task Saga_PublicSecurityLosesEveryWrite_ReconciliationFailsForGoodAndIsReported()
    {
        var app = await CardSagaDriver.SeedAsync(Host, "applicant-lost-forever");
        CardIssuanceResult result;
        using (faults.Switch("PublicSecurity:LostWriteRate", "1"))
            result = await CardSagaDriver.RunAsync(Host, app.ApplicationId);

        Assert.True(result.Issued);
        Assert.Equal(ApplicationStage.PsbReconciliation, result.FinalStage);
        var record = await CardSagaDriver.RecordAsync(Host, app.ApplicationId);
        Assert.Equal(ApplicationStage.PsbReconciliation, record.Stage);
        Assert.Equal(PsbCheckStatus.Failed, record.PsbCheck);
        Assert.Contains(record.Timeline, t => t.Event == "psb-reconciliation-failed");
        var ops = await Host.Services.GetService<PsbReconciliationLog>()!
            .GetAsync(result.CardNumber!, CancellationToken.None);
        Assert.Equal(PsbReconciliationStatus.Failed, ops!.Status);
        Assert.Equal(4, ops.Round);
        Assert.Equal("PsbReconciliationUnderway", await OutboxKindAsync(app, result.CardNumber!, "psb-reconciliation"));
        Assert.Equal("PsbReconciliationFailed", await OutboxKindAsync(app, result.CardNumber!, "psb-failed"));
        var metrics = await (await Host.ClientForAsync("ops-1", ["ops"]))
            .GetFromJsonAsync<System.Text.Json.JsonElement>("ops/metrics");
        Assert.True(
            metrics.GetProperty("psbReconciliations").GetProperty("failed").GetInt32() >= 1, metrics.ToString());
        Assert.True(metrics.GetProperty("psbReconciliationBacklog").GetInt32() >= 1, metrics.ToString());
        // …and 入户复核 shows the applicant exactly what seed Q7 describes.
        var psb = await Host.ClientForAsync("psb-system", ["psb"]);
        var check = await psb.PostAsJsonAsync(
            "psb/cross-checks", new { name = app.Name, idNumber = app.IdNumber, cardNumber = result.CardNumber });
        await ProblemAssert.IsProblemAsync(check, HttpStatusCode.NotFound, "psb-card-not-found");
    }

    [Fact]
    public async Task Saga_PublicSecurityRecovers_ReconciliationRepushesAndEndsPsbSynced()
    {
        var app = await CardSagaDriver.SeedAsync(Host, "applicant-lost-then-found");
        string instance;
        using (faults.Switch("PublicSecurity:LostWriteRate", "1"))
        {
            instance = await CardSagaDriver.StartAsync(Host, app.ApplicationId);
            await WaitForStageAsync(app.ApplicationId, ApplicationStage.PsbReconciliation);
        }
        var result = await CardSagaDriver.CompleteAsync(Host, instance);

        Assert.Equal(ApplicationStage.PsbSynced, result.FinalStage);
        var record = await CardSagaDriver.RecordAsync(Host, app.ApplicationId);
        Assert.Equal(PsbCheckStatus.Synced, record.PsbCheck);
        var events = record.Timeline.Select(t => t.Event).ToList();
        Assert.True(
            events.IndexOf("psb-reconciliation-started") < events.IndexOf("psb-synced"), string.Join(", ", events));
        var ops = await Host.Services.GetService<PsbReconciliationLog>()!
            .GetAsync(result.CardNumber!, CancellationToken.None);
        Assert.Equal(PsbReconciliationStatus.Resolved, ops!.Status);
        Assert.Equal("PsbReconciliationResolved", await OutboxKindAsync(app, result.CardNumber!, "psb-resolved"));
    }

    private async Task<string?> OutboxKindAsync(SeededApplication app, string cardNumber, string @event)
    {
        var key = TableKeys.Hash($"application/{app.ApplicationId}/card-{cardNumber}/{@event}");
        var row = await CardSagaDriver.Table(Host, StorageNames.EmailOutboxTable)
            .GetEntityIfExistsAsync<TableEntity>(OutboxKeys.Partition, key);
        return row.HasValue ? row.Value!.GetString("Kind") : null;
    }

    private async Task WaitForStageAsync(string applicationId, ApplicationStage stage)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await CardSagaDriver.RecordAsync(Host, applicationId)).Stage != stage)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Application {applicationId} did not reach {stage} within 60 s.");
            await Task.Delay(200);
        }
    }
}
