using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Adapters.PublicSecurity;

/// <summary>
/// A stand-in for the city public-security system: its own table (card number → holder digest), with the faults of
/// <see cref="PublicSecurityOptions"/>. It keeps a digest of name and ID number, not the numbers themselves.
/// </summary>
public sealed partial class SimulatedPublicSecurityRegistry(
    StorageClients storage,
    CardHolderDigest holderDigest,
    IOptionsMonitor<PublicSecurityOptions> options,
    TimeProvider time,
    ILogger<SimulatedPublicSecurityRegistry> logger)
    : IPublicSecurityCardRegistry
{
    private const string Row = "card";

    private int flakyCallsSeen;

    private TableClient Cards => storage.Table(StorageNames.PublicSecurityCardsTable);

    public async Task<bool> RegisterAsync(PsbCardHolder card, CancellationToken ct)
    {
        var faults = await EnterAsync(card, ct);
        if (Random.Shared.NextDouble() < faults.LostWriteRate)
        {
            LogLostWrite(logger, Masking.CardNumber(card.CardNumber));
            return true; // acknowledged, never stored
        }
        var row = new TableEntity(card.CardNumber, Row)
        {
            ["HolderDigest"] = holderDigest.Compute(card.CardNumber, card.Name, card.IdNumber),
            ["DigestVersion"] = CardSignaturePayload.CurrentVersion,
            ["RegisteredAt"] = time.GetUtcNow(),
        };
        await Cards.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
        return true;
    }

    public async Task<bool> CrossCheckAsync(PsbCardHolder card, CancellationToken ct)
    {
        await EnterAsync(card, ct);
        if (!CardNumber.IsValid(card.CardNumber)) return false;
        var row = await Cards.GetEntityIfExistsAsync<TableEntity>(
            card.CardNumber, Row, ["HolderDigest", "DigestVersion", "RevokedAt"], ct);
        if (!row.HasValue || row.Value!.GetDateTimeOffset("RevokedAt") is not null) return false;
        return row.Value.GetString("HolderDigest") is { } digest && holderDigest.Matches(
            digest,
            row.Value.GetInt32("DigestVersion") ?? CardSignaturePayload.UnkeyedDigestVersion,
            card.CardNumber,
            card.Name,
            card.IdNumber);
    }

    public async Task RevokeAsync(string cardNumber, string reason, CancellationToken ct)
    {
        await EnterAsync(null, ct);
        // Merged, so a card whose registration was lost is still marked and never found later.
        var row = new TableEntity(cardNumber, Row) { ["RevokedAt"] = time.GetUtcNow(), ["RevocationReason"] = reason };
        await Cards.UpsertEntityAsync(row, TableUpdateMode.Merge, ct);
    }

    /// <summary>
    /// Every call waits the added latency, then fails at the configured rate, or as one of the first calls about the
    /// flaky holder.
    /// </summary>
    private async Task<PublicSecurityOptions> EnterAsync(PsbCardHolder? card, CancellationToken ct)
    {
        var faults = options.CurrentValue;
        if (faults.AddedLatency > TimeSpan.Zero) await Task.Delay(faults.AddedLatency, time, ct);
        if (Random.Shared.NextDouble() < faults.FailureRate)
            throw new PublicSecurityUnavailableException(
                "The public-security system did not answer (simulated outage).");
        if (!string.IsNullOrEmpty(faults.FlakyIdNumber) && card?.IdNumber == faults.FlakyIdNumber
            && Interlocked.Increment(ref flakyCallsSeen) <= faults.FlakyCalls)
            throw new PublicSecurityUnavailableException("The public-security system did not answer (simulated blip).");
        return faults;
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug,
        Message = "Simulated public security lost the write of card {CardNumber}")]
    private static partial void LogLostWrite(ILogger logger, string cardNumber);
}
