using Azure;

namespace TalentHukou.Adapters.Storage;

/// <summary>Creates the service's tables and private containers if they are missing.</summary>
public sealed class StorageInitializer(StorageClients storage)
{
    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        foreach (var table in StorageNames.Tables)
            await storage.Table(table).CreateIfNotExistsAsync(ct);
        foreach (var container in StorageNames.Containers)
            await storage.Container(container).CreateIfNotExistsAsync(cancellationToken: ct);
    }

    /// <summary>True when storage answered; false with the error message when it did not.</summary>
    public async Task<(bool Ok, string? Error)> ProbeAsync(CancellationToken ct)
    {
        try
        {
            await storage.Table(StorageNames.ClockTable)
                .GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("probe", "probe", cancellationToken: ct);
            return (true, null);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException
            or AggregateException or OperationCanceledException)
        {
            return (false, ex.GetBaseException().Message);
        }
    }
}
