using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Reserves card numbers (<c>R</c> + 2-digit year + 11 digits) so that no two cards ever share one. Two tables:
/// <c>CardReservations</c> (application + attempt → number) is written first and makes the reservation idempotent
/// per attempt; <c>CardNumbers</c> (number → owner), inserted only if absent, makes the number unique. A number row
/// is only ever inserted for the number its claim names, so a crash or a retry can leave no number unaccounted for.
/// </summary>
public sealed class CardNumberReservations
{
    /// <summary>Candidates tried before giving up (11 random digits make even one collision rare).</summary>
    public const int MaxCandidates = 64;

    private const string NumberRow = "number";
    private readonly StorageClients storage;
    private readonly Func<long> nextDigits;

    public CardNumberReservations(StorageClients storage) : this(storage, RandomDigits) { }

    /// <summary>With a source of the 11 digits (tests narrow it to force collisions).</summary>
    public CardNumberReservations(StorageClients storage, Func<long> nextDigits)
    {
        this.storage = storage;
        this.nextDigits = nextDigits;
    }

    private TableClient Claims => storage.Table(StorageNames.CardReservationsTable);

    private TableClient Numbers => storage.Table(StorageNames.CardNumbersTable);

    /// <summary>
    /// The number reserved for this application and attempt: the one reserved before, or a new unique one.
    /// </summary>
    public async Task<string> ReserveAsync(string applicationId, int attempt, int year, CancellationToken ct)
    {
        var owner = OwnerOf(applicationId, attempt);
        for (var tries = 0; tries < MaxCandidates; tries++)
        {
            // Insert first: the claim is new on a first run, so a read before it would only find nothing. A conflict
            // means a retry or a concurrent run of this activity claimed first: its claim is the one that counts.
            // (Later rounds read it: they follow a change of the claim.)
            var claim = (tries == 0 ? await AddClaimAsync(applicationId, attempt, year, ct) : null)
                ?? await ReadClaimAsync(applicationId, attempt, ct);
            if (claim is null)
            {
                await TryAddAsync(
                    Claims, new TableEntity(applicationId, ClaimRow(attempt)) { ["Number"] = Candidate(year) }, ct);
                continue; // read it back: a concurrent run of this activity may have claimed first
            }
            var number = claim.GetString("Number");
            if (await TryAddAsync(
                    Numbers,
                    new TableEntity(number, NumberRow) { ["Owner"] = owner, ["ApplicationId"] = applicationId },
                    ct)
                || await OwnerAsync(number, ct) == owner)
                return number;
            // Another application holds the claimed number: claim a fresh one
            // (a concurrent run may do the same; the ETag decides).
            claim["Number"] = Candidate(year);
            await TryUpdateAsync(claim, ct);
        }
        throw new InvalidOperationException(
            $"No free card number found for application {applicationId} after {MaxCandidates} candidates.");
    }

    /// <summary>The number reserved for this application and attempt, if any.</summary>
    public async Task<string?> FindAsync(string applicationId, int attempt, CancellationToken ct)
    {
        var claim = await Claims.GetEntityIfExistsAsync<TableEntity>(
            applicationId, ClaimRow(attempt), cancellationToken: ct);
        return claim.HasValue ? claim.Value!.GetString("Number") : null;
    }

    /// <summary>
    /// Releases the attempt's reservation: its number row (if this attempt owns it), then its claim. Idempotent.
    /// </summary>
    public async Task<string?> ReleaseAsync(string applicationId, int attempt, CancellationToken ct)
    {
        var number = await FindAsync(applicationId, attempt, ct);
        if (number is null) return null;
        var row = await Numbers.GetEntityIfExistsAsync<TableEntity>(number, NumberRow, cancellationToken: ct);
        if (row.HasValue && row.Value!.GetString("Owner") == OwnerOf(applicationId, attempt))
            await DeleteIfUnchangedAsync(Numbers, row.Value, ct);
        await Claims.DeleteEntityAsync(applicationId, ClaimRow(attempt), ETag.All, ct);
        return number;
    }

    /// <summary>Formats a card number for the year of issue and 11 digits.</summary>
    public static string Format(int year, long digits) =>
        string.Create(CultureInfo.InvariantCulture, $"R{year % 100:D2}{digits:D11}");

    private string Candidate(int year) => Format(year, nextDigits());

    private static long RandomDigits() =>
        RandomNumberGenerator.GetInt32(0, 100_000) * 1_000_000L + RandomNumberGenerator.GetInt32(0, 1_000_000);

    private static string ClaimRow(int attempt) => attempt.ToString("D3", CultureInfo.InvariantCulture);

    private static string OwnerOf(string applicationId, int attempt) => $"{applicationId}/{attempt}";

    private async Task<string?> OwnerAsync(string number, CancellationToken ct)
    {
        var row = await Numbers.GetEntityIfExistsAsync<TableEntity>(number, NumberRow, ["Owner"], ct);
        return row.HasValue ? row.Value!.GetString("Owner") : null;
    }

    /// <summary>A new claim with its ETag, or null when this attempt's claim exists (then read it).</summary>
    private async Task<TableEntity?> AddClaimAsync(string applicationId, int attempt, int year, CancellationToken ct)
    {
        var claim = new TableEntity(applicationId, ClaimRow(attempt)) { ["Number"] = Candidate(year) };
        try
        {
            var response = await Claims.AddEntityAsync(claim, ct);
            if (response.Headers.ETag is not { } etag) return null; // read it back for the ETag
            claim.ETag = etag;
            return claim;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    private async Task<TableEntity?> ReadClaimAsync(string applicationId, int attempt, CancellationToken ct)
    {
        var claim = await Claims.GetEntityIfExistsAsync<TableEntity>(
            applicationId, ClaimRow(attempt), cancellationToken: ct);
        return claim.HasValue ? claim.Value : null;
    }

    private static async Task<bool> TryAddAsync(TableClient table, TableEntity entity, CancellationToken ct)
    {
        try
        {
            await table.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    private async Task TryUpdateAsync(TableEntity claim, CancellationToken ct)
    {
        try
        {
            await Claims.UpdateEntityAsync(claim, claim.ETag, TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            // a concurrent run changed or released the claim; the next round reads it again
        }
    }

    private static async Task DeleteIfUnchangedAsync(TableClient table, TableEntity entity, CancellationToken ct)
    {
        try
        {
            await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, ct);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            // changed or already gone: not ours to delete any more
        }
    }
}
