using System.Text.Json;
using Azure.Data.Tables;
using TalentHukou.Adapters.Email;

namespace TalentHukou.Adapters.Email.Outbox;

/// <summary>
/// Maps an <see cref="OutboxEntry"/> to and from its Table row (partition <see cref="OutboxKeys.Partition"/>).
/// </summary>
internal static class OutboxEntity
{
    public static TableEntity From(OutboxEntry entry)
    {
        var row = new TableEntity(OutboxKeys.Partition, entry.RowKey)
        {
            ["EventKey"] = entry.EventKey,
            ["Kind"] = entry.Kind.ToString(),
            ["Language"] = entry.Language,
            ["ToAddress"] = entry.ToAddress,
            ["Values"] = JsonSerializer.Serialize(entry.Values),
            ["OperationId"] = entry.OperationId,
            ["Status"] = entry.Status,
            ["Attempts"] = entry.Attempts,
            ["QueuedAt"] = entry.QueuedAt,
            ["Channel"] = entry.Channel,
        };
        SetIfPresent(row, "SmsNotice", entry.SmsNotice?.ToString());
        SetIfPresent(row, "DeliveredAt", entry.DeliveredAt);
        SetIfPresent(row, "ToName", entry.ToName);
        SetIfPresent(row, "LastAttemptAt", entry.LastAttemptAt);
        SetIfPresent(row, "LeaseUntil", entry.LeaseUntil);
        SetIfPresent(row, "NextAttemptAt", entry.NextAttemptAt);
        SetIfPresent(row, "SentAt", entry.SentAt);
        SetIfPresent(row, "FailedAt", entry.FailedAt);
        SetIfPresent(row, "ProviderMessageId", entry.ProviderMessageId);
        SetIfPresent(row, "LastError", entry.LastError);
        SetIfPresent(row, "AfterRowKey", entry.AfterRowKey);
        SetIfPresent(row, "RecipientKind", entry.Recipient?.Kind.ToString());
        SetIfPresent(row, "RecipientId", entry.Recipient?.Id);
        SetIfPresent(row, "NoticeValues", entry.NoticeValues is { } notice ? JsonSerializer.Serialize(notice) : null);
        return row;
    }

    public static OutboxEntry ToEntry(TableEntity e)
    {
        var eventKey = e.GetString("EventKey");
        return new OutboxEntry(
            e.RowKey,
            eventKey,
            Enum.Parse<NotificationKind>(e.GetString("Kind")),
            e.GetString("ToAddress"),
            e.GetString("ToName"),
            JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Values") ?? "{}") ?? [],
            e.GetDateTimeOffset("QueuedAt") ?? DateTimeOffset.MinValue)
        {
            Language = e.GetString("Language") ?? OutboxEntry.DefaultLanguage,
            OperationId = e.GetString("OperationId") ?? EmailOperationId.ToGuid(eventKey).ToString(),
            Status = e.GetString("Status") ?? OutboxStatus.Queued,
            Attempts = e.GetInt32("Attempts") ?? 0,
            LastAttemptAt = e.GetDateTimeOffset("LastAttemptAt"),
            LeaseUntil = e.GetDateTimeOffset("LeaseUntil"),
            NextAttemptAt = e.GetDateTimeOffset("NextAttemptAt"),
            SentAt = e.GetDateTimeOffset("SentAt"),
            FailedAt = e.GetDateTimeOffset("FailedAt"),
            ProviderMessageId = e.GetString("ProviderMessageId"),
            LastError = e.GetString("LastError"),
            AfterRowKey = e.GetString("AfterRowKey"),
            Channel = e.GetString("Channel") ?? OutboxChannel.Email,
            SmsNotice = Enum.TryParse<Sms.SmsNotice>(e.GetString("SmsNotice"), out var notice) ? notice : null,
            DeliveredAt = e.GetDateTimeOffset("DeliveredAt"),
            Recipient = Enum.TryParse<NoticeRecipientKind>(e.GetString("RecipientKind"), out var recipient)
                ? new NoticeRecipient(recipient, e.GetString("RecipientId")) : null,
            NoticeValues = e.GetString("NoticeValues") is { } json ? JsonSerializer.Deserialize<Dictionary<string,
                string>>(json) : null,
        };
    }

    private static void SetIfPresent(TableEntity row, string name, object? value)
    {
        if (value is not null) row[name] = value;
    }
}
