using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// One valid card per person (table <c>CardHolders</c>). A table transaction stays within one partition and card
/// numbers are partitioned by number, so the guard is its own row: partition = the holder's ID-number index, inserted
/// only if absent and naming the application whose card it is. The card saga claims it before it reserves a number;
/// a claim held by another application refuses the card. Rows under older personal-data keys (ADR 0011) count too.
/// </summary>
public sealed class CardHolderClaims(StorageClients storage)
{
    private const string Row = "card";

    private TableClient Holders => storage.Table(StorageNames.CardHoldersTable);

    /// <summary>
    /// Claims the person for <paramref name="applicationId"/>: null when it holds the claim (now or from before), else
    /// the application that holds it. <paramref name="indexes"/> are the ID number's indexes, the current key's first;
    /// the row is written under that one.
    /// </summary>
    public async Task<string?> ClaimAsync(IReadOnlyList<string> indexes, string applicationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        foreach (var index in indexes.Skip(1))
            if (await HolderAsync(index, ct) is { } older && older != applicationId) return older;
        try
        {
            await Holders.AddEntityAsync(new TableEntity(indexes[0], Row) { ["ApplicationId"] = applicationId }, ct);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var holder = await HolderAsync(indexes[0], ct);
            return holder == applicationId ? null : holder ?? "";
        }
    }

    /// <summary>The application whose card the person holds under <paramref name="index"/>, if any.</summary>
    public async Task<string?> HolderAsync(string index, CancellationToken ct)
    {
        var row = await Holders.GetEntityIfExistsAsync<TableEntity>(index, Row, ["ApplicationId"], ct);
        return row.HasValue ? row.Value!.GetString("ApplicationId") : null;
    }

    /// <summary>
    /// Gives up the claim under each index where <paramref name="applicationId"/> holds it (compensation). Idempotent.
    /// </summary>
    public async Task ReleaseAsync(IReadOnlyList<string> indexes, string applicationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        foreach (var index in indexes)
        {
            var row = await Holders.GetEntityIfExistsAsync<TableEntity>(index, Row, cancellationToken: ct);
            if (!row.HasValue || row.Value!.GetString("ApplicationId") != applicationId) continue;
            try
            {
                await Holders.DeleteEntityAsync(index, Row, row.Value.ETag, ct);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // gone or taken meanwhile: no longer this application's to release
            }
        }
    }
}
