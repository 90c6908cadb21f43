using System.Text.Json;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Adapters.Applications;

/// <summary>
/// One notice of an application as its status read shows it, kept with the application's record (one column of its
/// row per outbox row) so that the read is one point read: when it was queued, what, by which channel, how it went
/// (<c>sending</c> shows as <c>queued</c>), and the address or number masked (never the raw one).
/// </summary>
public sealed record NoticeSummary(
    string RowKey, DateTimeOffset QueuedAt, string Kind, string Channel, string Status, string To)
{
    /// <summary>Column names of the record's row that hold a notice: this, then the outbox row key.</summary>
    public const string ColumnPrefix = "Notice_";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The summary of an outbox row in the status it has now.</summary>
    public static NoticeSummary Of(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Of(entry, entry.Status);
    }

    /// <summary>The summary of an outbox row, in <paramref name="status"/> (the row's after an attempt).</summary>
    public static NoticeSummary Of(OutboxEntry entry, string status)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var to = entry.Channel == OutboxChannel.Sms
            ? Masking.Phone(entry.ToAddress) : PersonalDataScrubber.Scrub(entry.ToAddress);
        return new(entry.RowKey, entry.QueuedAt, entry.Kind.ToString(), entry.Channel, Shown(status), to);
    }

    /// <summary>The status as a reader sees it: an attempt under way is still queued.</summary>
    public static string Shown(string status) => status == OutboxStatus.Sending ? OutboxStatus.Queued : status;

    /// <summary>
    /// The application a notice's event key belongs to (<c>application/{id}/…</c>), whose record keeps its summary.
    /// </summary>
    public static string? ApplicationOf(string eventKey)
    {
        const string prefix = "application/";
        if (eventKey is null || !eventKey.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var end = eventKey.IndexOf('/', prefix.Length);
        return end > prefix.Length ? eventKey[prefix.Length..end] : null;
    }

    internal string Column => ColumnPrefix + RowKey;

    internal string Write() => JsonSerializer.Serialize(this, Json);

    internal static NoticeSummary? Read(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<NoticeSummary>(json, Json);
}
