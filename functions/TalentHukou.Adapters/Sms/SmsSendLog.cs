using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Sms;

/// <summary>
/// When each SMS went to a number (table <c>SmsSendLog</c>: partition = a keyed-free hash of the number, row = the
/// message's reference), for <see cref="SmsFrequencyLimit"/>. The number itself is not stored here.
/// </summary>
public sealed class SmsSendLog(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.SmsSendLogTable);

    /// <summary>Records a send (again for the same reference: the same row).</summary>
    public async Task RecordAsync(string phone, string reference, DateTimeOffset at, CancellationToken ct) =>
        await Table.UpsertEntityAsync(
            new TableEntity(Partition(phone), reference) { ["SentAt"] = at }, TableUpdateMode.Replace, ct);

    /// <summary>The send times to <paramref name="phone"/> since <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> SinceAsync(
        string phone, DateTimeOffset since, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(phone)} and SentAt ge {since}");
        var times = new List<DateTimeOffset>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["SentAt"], cancellationToken: ct))
            if (row.GetDateTimeOffset("SentAt") is { } at) times.Add(at);
        return times;
    }

    private static string Partition(string phone) => TableKeys.Hash("sms-number:" + phone);
}
