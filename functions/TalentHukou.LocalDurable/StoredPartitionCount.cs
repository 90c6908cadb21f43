using Azure;
using Azure.Data.Tables;

namespace TalentHukou.LocalDurable;

/// <summary>
/// The control-queue partitions an existing task hub already has. The Azure Storage provider hashes an instance to
/// <c>instance % PartitionCount</c> and listens only on that many control queues, so a hub started again with fewer
/// would leave the messages waiting in the others unread: the configured count applies to a new hub only. The
/// provider's table partition manager (its default) keeps one row per partition in <c>&lt;hub&gt;Partitions</c>.
/// </summary>
internal static class StoredPartitionCount
{
    /// <summary>The hub's partition count, or null when the hub has no partition table yet.</summary>
    public static int? Read(string connectionString, string hubName)
    {
        try
        {
            var rows = new TableClient(connectionString, $"{hubName}Partitions")
                .Query<TableEntity>(select: ["RowKey"]).Count();
            return rows > 0 ? rows : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
