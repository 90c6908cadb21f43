using System.Globalization;
using System.Security.Cryptography;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Publicity;

/// <summary>
/// The publicity roster read model (table <c>PublicityRoster</c>): one partition, rows keyed by the opaque roster id,
/// which starts with the publicity's first day so that pages read in publicity order. Written by the application's
/// process when publicity starts, marked ended when it passes, closed (unlisted) when the application is rejected or
/// withdrawn.
/// </summary>
public sealed class PublicityRoster(StorageClients storage)
{
    private const string Partition = "roster";
    private const string Letters = "BCDFGHJKLMNPQRSTVWXZ";
    private const string DateFormat = "yyyy-MM-dd";

    private TableClient Table => storage.Table(StorageNames.PublicityRosterTable);

    /// <summary>
    /// A new roster id like <c>PR20261203XKQZ...</c>: the first day of publicity, then random letters (no digits, so
    /// the id never reads as a phone or ID number); nothing in it derives from the application.
    /// </summary>
    public static string NewId(DateOnly start) =>
        $"PR{start:yyyyMMdd}X{string.Concat(RandomNumberGenerator.GetItems<char>(Letters, 14))}";

    public static bool IsValidId(string id) =>
        id.Length == 25 && id.StartsWith("PR", StringComparison.Ordinal) && id.All(char.IsAsciiLetterOrDigit);

    public async Task<RosterEntry?> GetAsync(string rosterId, CancellationToken ct)
    {
        if (!IsValidId(rosterId)) return null;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, rosterId, cancellationToken: ct);
        return row.HasValue ? Read(row.Value!) : null;
    }

    public Task UpsertAsync(RosterEntry entry, CancellationToken ct) =>
        Table.UpsertEntityAsync(Write(entry), TableUpdateMode.Replace, ct);

    /// <summary>
    /// Entries of <paramref name="scope"/> (any when null) whose publicity overlaps [<paramref name="from"/>,
    /// <paramref name="to"/>]; with neither date, the publicities running now.
    /// </summary>
    public async Task<(IReadOnlyList<RosterEntry> Items, string? ContinuationToken)> QueryAsync(
        string? scope, DateOnly? from, DateOnly? to, int pageSize, string? continuationToken, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        if (scope is not null) filter += " and " + TableClient.CreateQueryFilter($"Scope eq {scope}");
        filter += " and " + (from is null && to is null
            ? TableClient.CreateQueryFilter($"Status eq {RosterEntry.Open}")
            : TableClient.CreateQueryFilter($"Status ne {RosterEntry.Closed}"));
        if (to is { } last) filter += " and " + TableClient.CreateQueryFilter($"Start le {Text(last)}");
        if (from is { } first) filter += " and " + TableClient.CreateQueryFilter($"End ge {Text(first)}");
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: ct)
            .AsPages(continuationToken, pageSize))
            return (page.Values.Select(Read).ToList(), page.ContinuationToken);
        return ([], null);
    }

    private static string Text(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static TableEntity Write(RosterEntry e) => new(Partition, e.RosterId)
    {
        ["ApplicationId"] = e.ApplicationId,
        ["MaskedName"] = e.MaskedName,
        ["Gender"] = e.Gender,
        ["EmployerName"] = e.EmployerName,
        ["School"] = e.School,
        ["Major"] = e.Major,
        ["Degree"] = e.Degree,
        ["Level"] = e.Level,
        ["District"] = e.District,
        ["Scope"] = e.Scope,
        ["Start"] = Text(e.Start),
        ["End"] = Text(e.End),
        ["Status"] = e.Status,
    };

    private static RosterEntry Read(TableEntity e) => new(
        e.RowKey,
        e.GetString("ApplicationId"),
        e.GetString("MaskedName"),
        e.GetString("Gender"),
        e.GetString("EmployerName"),
        e.GetString("School"),
        e.GetString("Major"),
        e.GetString("Degree"),
        e.GetString("Level"),
        e.GetString("District"),
        e.GetString("Scope"),
        DateOnly.ParseExact(e.GetString("Start"), DateFormat, CultureInfo.InvariantCulture),
        DateOnly.ParseExact(e.GetString("End"), DateFormat, CultureInfo.InvariantCulture),
        e.GetString("Status"));
}
