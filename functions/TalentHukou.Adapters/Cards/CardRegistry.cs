using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Adapters.Cards;

/// <summary>The <c>Cards</c> table: one row per issued card, keyed by its number.</summary>
public sealed class CardRegistry(StorageClients storage)
{
    private const string Row = "card";

    private TableClient Cards => storage.Table(StorageNames.CardsTable);

    /// <summary>Writes the card's row; writing the same card again (a retried activity) changes nothing.</summary>
    public Task RecordAsync(CardRecord card, CancellationToken ct)
    {
        var p = card.Signature.Payload;
        var row = new TableEntity(card.CardNumber, Row)
        {
            ["ApplicationId"] = card.ApplicationId,
            ["Attempt"] = card.Attempt,
            ["IssuedAt"] = p.IssuedAt,
            ["ValidUntil"] = p.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Issuer"] = p.Issuer,
            ["HolderDigest"] = p.HolderDigest,
            ["PayloadVersion"] = p.Version,
            ["KeyId"] = card.Signature.KeyId,
            ["Signature"] = card.Signature.Value,
            ["BlobName"] = card.BlobName,
        };
        return Cards.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
    }

    public async Task<CardRecord?> GetAsync(string cardNumber, CancellationToken ct)
    {
        if (!CardNumber.IsValid(cardNumber)) return null;
        var row = await Cards.GetEntityIfExistsAsync<TableEntity>(cardNumber, Row, cancellationToken: ct);
        return row.HasValue ? Read(row.Value!) : null;
    }

    /// <summary>Every issued card, in card-number order (a scan of the table, for ops jobs).</summary>
    public async IAsyncEnumerable<CardRecord> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in Cards.QueryAsync<TableEntity>(e => e.RowKey == Row, cancellationToken: ct))
            yield return Read(row);
    }

    /// <summary>
    /// Marks the card revoked, written against the ETag of the row just read (a concurrent change, 412, is read again):
    /// true when this call revoked it, false when it was revoked already or is gone.
    /// </summary>
    public async Task<bool> RevokeAsync(string cardNumber, CardRevocation revocation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(revocation);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var row = await Cards.GetEntityIfExistsAsync<TableEntity>(cardNumber, Row, ["RevokedAt"], ct);
            if (!row.HasValue || row.Value!.GetDateTimeOffset("RevokedAt") is not null) return false;
            var change = new TableEntity(cardNumber, Row)
            {
                ["RevokedAt"] = revocation.RevokedAt,
                ["RevocationReason"] = revocation.Reason,
            };
            try
            {
                await Cards.UpdateEntityAsync(change, row.Value.ETag, TableUpdateMode.Merge, ct);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // changed or removed meanwhile: read it again
            }
        }
        throw new InvalidOperationException(
            $"Card {Masking.CardNumber(cardNumber)} kept changing; it was not revoked.");
    }

    /// <summary>
    /// Removes the card's row if it belongs to <paramref name="applicationId"/> (compensation). Idempotent.
    /// </summary>
    public async Task<bool> RemoveAsync(string cardNumber, string applicationId, CancellationToken ct)
    {
        var row = await Cards.GetEntityIfExistsAsync<TableEntity>(cardNumber, Row, ["ApplicationId"], ct);
        if (!row.HasValue || row.Value!.GetString("ApplicationId") != applicationId) return false;
        await Cards.DeleteEntityAsync(cardNumber, Row, ETag.All, ct);
        return true;
    }

    private static CardRecord Read(TableEntity e)
    {
        var payload = new CardSignaturePayload(
            e.PartitionKey,
            e.GetDateTimeOffset("IssuedAt")!.Value,
            DateOnly.ParseExact(e.GetString("ValidUntil"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.GetString("Issuer"),
            e.GetString("HolderDigest"),
            e.GetInt32("PayloadVersion") ?? CardSignaturePayload.UnkeyedDigestVersion);
        var signature = new CardSignature(payload, e.GetString("KeyId"), e.GetString("Signature"));
        var revokedAt = e.GetDateTimeOffset("RevokedAt");
        return new CardRecord(
            e.GetString("ApplicationId"), e.GetInt32("Attempt") ?? 1, signature, e.GetString("BlobName"))
        {
            Revocation = revokedAt is { } at ? new CardRevocation(at, e.GetString("RevocationReason") ?? "") : null,
        };
    }
}
