using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Sms.Verification;

/// <summary>The <c>ContactVerifications</c> table: one row per verification, partition = its id.</summary>
public sealed class ContactVerificationStore(StorageClients storage)
{
    private const string Row = "verification";

    private TableClient Table => storage.Table(StorageNames.ContactVerificationsTable);

    public async Task AddAsync(ContactVerification v, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(v);
        await Table.AddEntityAsync(From(v), ct);
    }

    /// <summary>The verification with its ETag, or null when there is none.</summary>
    public async Task<(ContactVerification Verification, ETag ETag)?> GetAsync(string verificationId,
        CancellationToken ct)
    {
        if (!ContactVerificationIds.IsWellFormed(verificationId)) return null;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(verificationId, Row, cancellationToken: ct);
        return row.HasValue ? (To(row.Value!), row.Value!.ETag) : null;
    }

    /// <summary>Replaces the row if it is still at <paramref name="ifMatch"/>; false when it changed
    /// meanwhile.</summary>
    public async Task<bool> TryReplaceAsync(ContactVerification v, ETag ifMatch, CancellationToken ct)
    {
        try
        {
            await Table.UpdateEntityAsync(From(v), ifMatch, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    private static TableEntity From(ContactVerification v) => new(v.VerificationId, Row)
    {
        ["OwnerSub"] = v.OwnerSub,
        ["PhoneDigest"] = v.PhoneDigest,
        ["PhoneMasked"] = v.PhoneMasked,
        ["CodeHash"] = v.CodeHash,
        ["CreatedAt"] = v.CreatedAt,
        ["ExpiresAt"] = v.ExpiresAt,
        ["FailedAttempts"] = v.FailedAttempts,
        ["VerifiedAt"] = v.VerifiedAt,
    };

    private static ContactVerification To(TableEntity e) => new(
        e.PartitionKey, e.GetString("OwnerSub") ?? "", e.GetString("PhoneDigest") ?? "",
            e.GetString("PhoneMasked") ?? "",
        e.GetString("CodeHash") ?? "", e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue)
    {
        FailedAttempts = e.GetInt32("FailedAttempts") ?? 0,
        VerifiedAt = e.GetDateTimeOffset("VerifiedAt"),
    };
}
