using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Calendar;

namespace TalentHukou.Adapters.Calendar;

/// <summary>
/// Holiday notices published through the API (table <c>CalendarNotices</c>): one row per year in one partition, so
/// every instance reads them all in one query. Stored years take the place of the embedded seed's.
/// </summary>
public sealed class CalendarNoticeStore(StorageClients storage)
{
    private const string Partition = "notice";

    private TableClient Table => storage.Table(StorageNames.CalendarNoticesTable);

    /// <summary>Every stored notice by year.</summary>
    public async Task<IReadOnlyDictionary<int, CalendarYear>> ReadAllAsync(CancellationToken ct)
    {
        var years = new Dictionary<int, CalendarYear>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            years[int.Parse(row.RowKey, CultureInfo.InvariantCulture)] = Read(row);
        return years;
    }

    /// <summary>
    /// Stores <paramref name="notice"/> as the notice for <paramref name="year"/>, replacing any before.
    /// </summary>
    public Task SaveAsync(int year, CalendarYear notice, string publishedBy, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(notice.Notice);
        return Table.UpsertEntityAsync(new TableEntity(Partition, year.ToString(CultureInfo.InvariantCulture))
        {
            ["Reference"] = notice.Notice.Reference,
            ["PublishedOn"] = Text(notice.Notice.PublishedOn),
            ["Holidays"] = JsonSerializer.Serialize(notice.Holidays.Select(r => new[] { Text(r.Start), Text(r.End) })),
            ["WorkingWeekendDays"] = JsonSerializer.Serialize(notice.WorkingWeekendDays.Select(Text)),
            ["PublishedBy"] = publishedBy,
            ["UpdatedAt"] = at,
        }, TableUpdateMode.Replace, ct);
    }

    private static CalendarYear Read(TableEntity row)
    {
        var holidays = JsonSerializer.Deserialize<string[][]>(row.GetString("Holidays") ?? "[]") ?? [];
        var working = JsonSerializer.Deserialize<string[]>(row.GetString("WorkingWeekendDays") ?? "[]") ?? [];
        return new CalendarYear(
            holidays.Select(r => new DateRange(Date(r[0]), Date(r[1]))).ToList(),
            working.Select(Date).ToList(),
            new NoticeInfo(row.GetString("Reference") ?? "", Date(row.GetString("PublishedOn") ?? "")));
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
