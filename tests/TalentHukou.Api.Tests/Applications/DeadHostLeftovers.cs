using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Storage;
using TalentHukou.Testing;
using TalentHukou.Testing.Flows;

namespace TalentHukou.Api.Tests.Applications;

/// <summary>What a host that died in the middle of a submission leaves behind.</summary>
public static class DeadHostLeftovers
{
    /// <summary>
    /// The person's one-active-application lock and the application's unstarted mark, written before the host died and
    /// so before the application itself was stored. Returns the lock's partition (the ID number's index).
    /// </summary>
    public static async Task<string> LockWithoutApplicationAsync(LocalHostUnderTest host, string idNumber)
    {
        var lost = TableKeys.SortableId("A", DateTimeOffset.UtcNow);
        var index = host.Services.GetRequiredService<PersonalDataProtector>().IndexOf(idNumber);
        var tables = host.Services.GetRequiredService<StorageClients>();
        await tables.Table(StorageNames.ActiveApplicationsTable)
            .AddEntityAsync(new TableEntity(index, "active") { ["ApplicationId"] = lost });
        await tables.Table(StorageNames.UnstartedProcessesTable)
            .AddEntityAsync(new TableEntity("application", lost) { ["Tag"] = index });
        return index;
    }

    /// <summary>
    /// What a host that died after starting the application's process but before remembering it as the person's latest
    /// (and clearing its unstarted mark) leaves: the mark back, the latest row gone. Returns the ID number's index.
    /// </summary>
    public static async Task<string> StartedButNotRememberedAsync(
        LocalHostUnderTest host, string idNumber, string applicationId)
    {
        var index = host.Services.GetRequiredService<PersonalDataProtector>().IndexOf(idNumber);
        var tables = host.Services.GetRequiredService<StorageClients>();
        await tables.Table(StorageNames.ActiveApplicationsTable).DeleteEntityAsync(index, "latest");
        await tables.Table(StorageNames.UnstartedProcessesTable)
            .UpsertEntityAsync(new TableEntity("application", applicationId) { ["Tag"] = index });
        return index;
    }

    /// <summary>The application the person's latest row names, if any.</summary>
    public static async Task<string?> LatestAsync(LocalHostUnderTest host, string index)
    {
        var latest = await host.Services.GetRequiredService<StorageClients>()
            .Table(StorageNames.ActiveApplicationsTable)
            .GetEntityIfExistsAsync<TableEntity>(index, "latest");
        return latest.HasValue ? latest.Value!.GetString("ApplicationId") : null;
    }

    public static async Task<bool> IsLockedAsync(LocalHostUnderTest host, string index) =>
        (await host.Services.GetRequiredService<StorageClients>().Table(StorageNames.ActiveApplicationsTable)
            .GetEntityIfExistsAsync<TableEntity>(index, "active")).HasValue;
}
