using System.Net;
using System.Net.Http.Json;
using Azure;
using Azure.Data.Tables;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Applications.Orchestrations;

namespace TalentHukou.Api.Tests.Applications;

/// <summary>
/// A host that died (or lost storage) between saving an orchestration's history and updating its instance row
/// leaves the row saying Pending (found by the reliability suite's storage-outage test): the applicant's
/// e-signature must still reach it.
/// </summary>
[Collection(SecondSharedHostCollection.Name)]
public class StaleInstanceStatusTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task GenerateCard_InstanceRowStillSaysPending_EventRaisedAndCardIssued()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card");
        await MarkPendingAsync(ApplicationOrchestrator.InstanceIdFor(id));

        var response = await applicant.PostAsJsonAsync(
            $"applications/{id}/card/generate", new { consent = true, signedName = "李小龙" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await ApplicationFlows.AtStageAsync(applicant, id, "psb-synced");
    }

    /// <summary>
    /// Sets the instance row back to Pending. The episode that reported the stage may still be saving the row, so a
    /// concurrent write (412) means reading it again.
    /// </summary>
    private async Task MarkPendingAsync(string instanceId)
    {
        var instances = new TableServiceClient(TestEnvironment.StorageConnectionString)
            .GetTableClient(Host.Names.HubName + "Instances");
        for (var attempt = 1; ; attempt++)
        {
            var row = (await instances.GetEntityAsync<TableEntity>(instanceId, "")).Value;
            row["RuntimeStatus"] = "Pending";
            try
            {
                await instances.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge);
                return;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < 20)
            {
                await Task.Delay(200);
            }
        }
    }
}
