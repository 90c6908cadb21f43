using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Time;

namespace TalentHukou.Adapters.Time;

/// <summary>
/// Keeps the accelerated clock's anchor in Table storage so that a restarted host continues business time
/// where it was instead of starting over (timers already scheduled depend on it).
/// </summary>
public sealed class ClockAnchorStore(StorageClients storage, IOptions<ClockOptions> options, TimeProvider time)
{
    private const string Partition = "anchor";
    private const string Row = "current";

    public async Task<ClockAnchor> LoadOrCreateAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (o.Acceleration == 1 && o.BusinessStart is null) return ClockAnchor.RealTime;
        var table = storage.Table(StorageNames.ClockTable);
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: ct);
        if (stored.HasValue && Matches(stored.Value!, o)) return ToAnchor(stored.Value!);
        var now = time.GetUtcNow();
        return await SaveAsync(new ClockAnchor(now, o.BusinessStart ?? now, o.Acceleration), ct);
    }

    public async Task<ClockAnchor> SaveAsync(ClockAnchor anchor, CancellationToken ct)
    {
        var entity = new TableEntity(Partition, Row)
        {
            ["RealStart"] = anchor.RealStart,
            ["BusinessStart"] = anchor.BusinessStart,
            ["Acceleration"] = anchor.Acceleration,
            ["ConfiguredStart"] = options.Value.BusinessStart?.ToString("O") ?? "",
        };
        await storage.Table(StorageNames.ClockTable).UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
        return anchor;
    }

    private static bool Matches(TableEntity e, ClockOptions o) =>
        e.GetDouble("Acceleration") == o.Acceleration
        && e.GetString("ConfiguredStart") == (o.BusinessStart?.ToString("O") ?? "");

    private static ClockAnchor ToAnchor(TableEntity e) =>
        new(
            e.GetDateTimeOffset("RealStart")!.Value,
            e.GetDateTimeOffset("BusinessStart")!.Value,
            e.GetDouble("Acceleration")!.Value);
}
