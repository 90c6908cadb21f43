using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Support;

namespace TalentHukou.Adapters.Support;

/// <summary>
/// Tickets in one partition with time-sortable ids, so the support queue reads oldest first with a status filter and
/// the service's continuation tokens; each ticket's messages in a partition of their own (partition = ticket id).
/// </summary>
public sealed class SupportTicketStore(StorageClients storage)
{
    private const string Partition = "ticket";
    private const int UpdateAttempts = 5;

    private TableClient Tickets => storage.Table(StorageNames.SupportTicketsTable);

    private TableClient Messages => storage.Table(StorageNames.SupportTicketMessagesTable);

    public async Task<SupportTicket?> GetAsync(string ticketId, CancellationToken ct)
    {
        if (!IsValidId(ticketId)) return null;
        var row = await Tickets.GetEntityIfExistsAsync<TableEntity>(Partition, ticketId, cancellationToken: ct);
        return row.HasValue ? SupportTicketEntity.ToTicket(row.Value!) : null;
    }

    /// <summary>Stores a new ticket and its author index row (partition <c>by-{hash of subject}</c>).</summary>
    public Task AddAsync(SupportTicket ticket, CancellationToken ct) => Task.WhenAll(
        Tickets.AddEntityAsync(SupportTicketEntity.From(ticket, Partition), ct),
        Tickets.UpsertEntityAsync(
            new TableEntity(AuthorKey(ticket.AuthorSub), ticket.TicketId), TableUpdateMode.Replace, ct));

    /// <summary>Every ticket <paramref name="authorSub"/> filed (an index partition read, then point reads).</summary>
    public async Task<IReadOnlyList<SupportTicket>> ListByAuthorAsync(string authorSub, CancellationToken ct)
    {
        var ids = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AuthorKey(authorSub)}");
        await foreach (var row in Tickets.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: ct))
            ids.Add(row.RowKey);
        var found = await Task.WhenAll(ids.Select(id => GetAsync(id, ct)));
        return found.OfType<SupportTicket>().ToList();
    }

    /// <summary>Every ticket (the whole queue, for sorting by due time and counting by status).</summary>
    public async Task<IReadOnlyList<SupportTicket>> ScanAsync(CancellationToken ct)
    {
        var items = new List<SupportTicket>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var row in Tickets.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            items.Add(SupportTicketEntity.ToTicket(row));
        return items;
    }

    /// <summary>One page of every ticket's id, in key order (a key rotation walks them all).</summary>
    public async Task<(IReadOnlyList<string> Ids, string? ContinuationToken)> ScanIdsAsync(
        string? continuationToken, int pageSize, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var page in Tickets
            .QueryAsync<TableEntity>(filter, pageSize, select: ["RowKey"], cancellationToken: ct)
            .AsPages(continuationToken, pageSize))
            return (page.Values.Select(e => e.RowKey).ToList(), page.ContinuationToken);
        return ([], null);
    }

    private static string AuthorKey(string subject) => "by-" + TableKeys.Hash(subject);

    public Task DeleteAsync(string ticketId, CancellationToken ct) =>
        Tickets.DeleteEntityAsync(Partition, ticketId, ETag.All, ct);

    /// <summary>
    /// Applies <paramref name="change"/> to the current ticket and writes it if the ticket was not changed meanwhile
    /// (retrying on a concurrent write). Null when the ticket does not exist or <paramref name="change"/> returns null.
    /// </summary>
    public async Task<SupportTicket?> UpdateAsync(
        string ticketId, Func<SupportTicket, SupportTicket?> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetAsync(ticketId, ct);
            if (current is null || change(current) is not { } changed) return null;
            try
            {
                var response = await Tickets.UpdateEntityAsync(
                    SupportTicketEntity.From(changed, Partition), current.ETag, TableUpdateMode.Replace, ct);
                return changed with { ETag = response.Headers.ETag ?? default };
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < UpdateAttempts)
            {
                // Another writer won; read again and re-apply.
            }
        }
    }

    public async Task<int> CountOverdueAsync(DateTimeOffset businessNow, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and Status eq {nameof(TicketStatus.Open)}");
        var count = 0;
        await foreach (var row in Tickets.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            if (SupportTicketEntity.ToTicket(row).IsOverdueAt(businessNow)) count++;
        return count;
    }

    public Task AddMessageAsync(TicketMessage message, CancellationToken ct) =>
        Messages.AddEntityAsync(new TableEntity(message.TicketId, message.MessageId)
        {
            ["From"] = message.From,
            ["SenderSub"] = message.SenderSub,
            ["Text"] = message.Text,
            ["At"] = message.At,
        }, ct);

    public Task DeleteMessageAsync(string ticketId, string messageId, CancellationToken ct) =>
        Messages.DeleteEntityAsync(ticketId, messageId, ETag.All, ct);

    public async Task<IReadOnlyList<TicketMessage>> ListMessagesAsync(string ticketId, CancellationToken ct)
    {
        var messages = new List<TicketMessage>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ticketId}");
        await foreach (var e in Messages.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            messages.Add(new TicketMessage(
                e.RowKey,
                ticketId,
                e.GetString("From"),
                e.GetString("SenderSub"),
                e.GetString("Text"),
                e.GetDateTimeOffset("At")!.Value));
        return messages;
    }

    public static bool IsValidId(string id) =>
        id.Length is > 2 and <= 40
        && id.StartsWith("TK", StringComparison.Ordinal)
        && id.All(char.IsAsciiLetterOrDigit);
}
