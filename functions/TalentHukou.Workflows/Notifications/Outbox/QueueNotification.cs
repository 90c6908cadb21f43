using Azure;
using Azure.Data.Tables;
using Microsoft.DurableTask;
using TalentHukou.Workflows.Common;
using TalentHukou.Workflows.Storage;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// Writes a notification to the email outbox (the durable record that it must be sent). Idempotent per event key:
/// a retried activity or a replayed orchestration never queues the same email twice.
/// </summary>
public sealed class QueueNotification(StorageClients storage, TimeProvider time) : TaskActivity<NotificationRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, NotificationRequest input)
    {
        var row = new TableEntity(OutboxKeys.Partition, TableKeys.Hash(input.EventKey))
        {
            ["EventKey"] = input.EventKey,
            ["Kind"] = input.Kind.ToString(),
            ["ToAddress"] = input.ToAddress,
            ["ToName"] = input.ToName,
            ["Values"] = System.Text.Json.JsonSerializer.Serialize(input.Values),
            ["Status"] = "queued",
            ["Attempts"] = 0,
            ["QueuedAt"] = time.GetUtcNow(),
        };
        try
        {
            await storage.Table(StorageNames.EmailOutboxTable).AddEntityAsync(row);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false; // already queued for this event
        }
    }
}

/// <summary>Where outbox rows live.</summary>
public static class OutboxKeys
{
    public const string Partition = "outbox";
}
