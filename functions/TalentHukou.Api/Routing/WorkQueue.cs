using System.Globalization;
using System.Text;
using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Routing;

/// <summary>
/// Pages a staff work queue sorted by due time (items without one last, then by id), with a keyset continuation token
/// (the last item's due time and id), so that items added or finished between pages neither repeat nor shift others.
/// </summary>
public static class WorkQueue
{
    public static (IReadOnlyList<T> Page, string? ContinuationToken) Page<T>(
        IEnumerable<T> items,
        Func<T, DateTimeOffset?> dueBy,
        Func<T, string> id,
        int pageSize,
        string? continuationToken)
    {
        var after = continuationToken is null ? ((long, string)?)null : Decode(continuationToken);
        var sorted = items.Select(i => (Item: i, Key: (Ticks: dueBy(i)?.UtcTicks ?? long.MaxValue, Id: id(i))))
            .OrderBy(x => x.Key.Ticks).ThenBy(x => x.Key.Id, StringComparer.Ordinal)
            .Where(x => after is null || Compare(x.Key, after.Value) > 0)
            .Take(pageSize + 1).ToList();
        var page = sorted.Take(pageSize).ToList();
        var next = sorted.Count > pageSize ? Encode(page[^1].Key) : null;
        return (page.Select(x => x.Item).ToList(), next);
    }

    /// <summary>
    /// A person's own list: newest first by time-sortable id, the token being the last id of the page.
    /// </summary>
    public static (IReadOnlyList<T> Page, string? ContinuationToken) NewestFirst<T>(
        IEnumerable<T> items, Func<T, string> id, int pageSize, string? continuationToken)
    {
        var after = continuationToken is null ? null : Decode(continuationToken).Item2;
        var sorted = items.OrderByDescending(id, StringComparer.Ordinal)
            .Where(i => after is null || string.CompareOrdinal(id(i), after) < 0).Take(pageSize + 1).ToList();
        var page = sorted.Take(pageSize).ToList();
        return (page, sorted.Count > pageSize ? Encode((0, id(page[^1]))) : null);
    }

    private static int Compare((long Ticks, string Id) a, (long Ticks, string Id) b) =>
        a.Ticks != b.Ticks ? a.Ticks.CompareTo(b.Ticks) : string.CompareOrdinal(a.Id, b.Id);

    private static string Encode((long Ticks, string Id) key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{key.Ticks.ToString(CultureInfo.InvariantCulture)}|{key.Id}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static (long, string) Decode(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(
                base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0 && long.TryParse(text[..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
                return (ticks, text[(bar + 1)..]);
        }
        catch (FormatException)
        {
            // Falls through to the validation problem.
        }
        throw new ProblemException(ProblemTypes.ValidationFailed, "The continuationToken is not one this queue issued.",
            new Dictionary<string, string[]> { ["continuationToken"] = ["分页标记无效"] });
    }
}
