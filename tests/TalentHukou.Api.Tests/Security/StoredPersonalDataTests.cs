using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;

namespace TalentHukou.Api.Tests.Security;

/// <summary>
/// What a stored application row holds of the person. It reads its own row only, so the shared host does.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class StoredPersonalDataTests(SharedHost shared)
{
    [Fact]
    public async Task Submit_StoredApplication_HoldsNoBirthDateBesideTheMaskedIdNumber()
    {
        var host = shared.Host;
        var birthDate = new DateOnly(1991, 8, 23);
        var idNumber = IdNumbers.New(birthDate);
        var applicant = await host.ClientForAsync(
            "pii-birth-" + Guid.NewGuid().ToString("N")[..8], ["applicant"], idNumber: idNumber);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);

        var row = await host.Services.GetRequiredService<StorageClients>().Table(StorageNames.ApplicationsTable)
            .GetEntityAsync<TableEntity>(id, "app");
        var stored = string.Join("\n", row.Value.Select(p => p.Value?.ToString()));
        Assert.Contains("**********", stored);
        foreach (var form in new[] { "1991-08-23", "19910823", "1991/8/23" })
            Assert.DoesNotContain(form, stored);
    }
}
