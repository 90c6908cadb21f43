using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Workflows.Applications.Orchestrations;

namespace TalentHukou.Api.Tests.Applications;

/// <summary>
/// A host that died (or lost storage) between saving an orchestration's history and updating its instance row leaves
/// the row saying Pending (found by the reliability suite's storage-outage test): the applicant's e-signature must still reach it.
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
        var instances = new TableServiceClient(TestEnvironment.StorageConnectionString).GetTableClient(Host.Names.HubName + "Instances");
        var row = (await instances.GetEntityAsync<TableEntity>(ApplicationOrchestrator.InstanceIdFor(id), "")).Value;
        row["RuntimeStatus"] = "Pending";
        await instances.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge);

        var response = await applicant.PostAsJsonAsync($"applications/{id}/card/generate", new { consent = true, signedName = "李小龙" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await ApplicationFlows.AtStageAsync(applicant, id, "psb-synced");
    }
}
