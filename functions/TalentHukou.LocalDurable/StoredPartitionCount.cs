using Azure;
using Azure.Data.Tables;

namespace TalentHukou.LocalDurable;

/// <summary>
/// The control-queue partitions an existing task hub already has. The provider's table partition manager (its default)
/// keeps one row per partition in <c>&lt;hub&gt;Partitions</c> and goes on serving every queue listed there, but it
/// routes new messages to <c>hash(instance) % PartitionCount</c>: started again with another count, a hub would get one
/// instance's messages on two queues while the provider ties the instance's session to one. So the configured count
/// applies to a new hub only.
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
