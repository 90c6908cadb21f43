using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TalentHukou.Bench;

/// <summary>
/// One request that Azurite authenticated: when, which service (table, queue, blob) and which resource.
/// </summary>
/// <param name="Resource">The table, queue or blob container as named in the request; <c>Tables</c> for the table
/// service's own operations (create, delete, list tables), <c>(queue service)</c> / <c>(blob service)</c> for
/// account-level requests.</param>
/// <param name="Probe">
/// Sent by the bench's own storage clients (see <see cref="AzuriteRequestLog.ProbeAgent"/>), not by the service.
/// </param>
/// <param name="Partition">A table request's partition key, when its URL names one (<c>(PartitionKey='…',…)</c> or
/// <c>$filter=PartitionKey eq '…'</c>): in a task hub's History and Instances tables, the orchestration
/// instance.</param>
/// <param name="Method">The HTTP method (<c>GET</c>, <c>POST</c>, …), when the log names it.</param>
/// <param name="TraceId">The W3C trace id of the request's <c>traceparent</c> header: the storage SDKs send the current
/// activity's, so the requests an HTTP request to the service caused carry that request's trace id.</param>
public sealed record StorageRequest(
    DateTime At, string Kind, string Resource, bool Probe, string? Partition = null, string? Method = null,
    string? TraceId = null);

/// <summary>
/// Reads Azurite's debug log (<c>azurite --debug FILE</c>, checked with Azurite 3.37.0). Every line starts with an ISO
/// UTC timestamp and the request's context id. Each authenticated request logs exactly one
/// <c>…SharedKey…Authenticator:validate() [STRING TO SIGN]:"…"</c> line (a JSON string) whose canonicalised resource
/// line is <c>/devstoreaccount1/devstoreaccount1/&lt;table, queue or container&gt;…</c>; a table batch is one request
/// to <c>$batch</c>, whose table the <c>TableHandler:batch() Raw request string</c> line of the same context names. The
/// <c>…StorageContextMiddleware: RequestMethod=… RequestHeaders:{…}</c> line carries the user agent, which tells the
/// bench's own probes from the service's requests.
/// </summary>
public static partial class AzuriteRequestLog
{
    /// <summary>
    /// The application id the bench's own storage clients put in their user agent, so that they are not counted.
    /// </summary>
    public const string ProbeAgent = "talenthukou-bench-probe";

    private const string SignMarker = "[STRING TO SIGN]:";
    private const string HeadersMarker = "StorageContextMiddleware: RequestMethod=";
    private const string BatchMarker = "TableHandler:batch() Raw request string is ";
    private const string AccountPath = "/devstoreaccount1/devstoreaccount1/";

    public static IReadOnlyList<StorageRequest> Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    public static IReadOnlyList<StorageRequest> Read(TextReader reader)
    {
        var requests = new List<StorageRequest>();
        var indexByContext = new Dictionary<string, int>(StringComparer.Ordinal);
        var probeContexts = new HashSet<string>(StringComparer.Ordinal);
        var partitions = new Dictionary<string, string>(StringComparer.Ordinal);
        var headers = new Dictionary<string, (string? Method, string? TraceId)>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (!TrySplit(line, out var at, out var context)) continue;
            if (line.Contains(HeadersMarker, StringComparison.Ordinal))
            {
                if (line.Contains(ProbeAgent, StringComparison.Ordinal)) probeContexts.Add(context);
                if (PartitionOf(line) is { } partition) partitions[context] = partition;
                headers[context] = (Capture(MethodPattern(), line), Capture(TraceParent(), line));
            }
            else if (line.IndexOf(SignMarker, StringComparison.Ordinal) is var sign and >= 0)
            {
                var kind = line.Contains("TableSharedKey", StringComparison.Ordinal) ? "table"
                    : line.Contains("QueueSharedKey", StringComparison.Ordinal) ? "queue"
                    : line.Contains("BlobSharedKey", StringComparison.Ordinal) ? "blob" : "other";
                var stringToSign = Unquote(line.AsSpan(sign + SignMarker.Length));
                indexByContext[context] = requests.Count;
                headers.Remove(context, out var seen);
                requests.Add(new StorageRequest(at, kind, ResourceOf(kind, stringToSign), probeContexts.Remove(context),
                    partitions.Remove(context, out var partition) ? partition : null, seen.Method, seen.TraceId));
            }
            else if (line.IndexOf(BatchMarker, StringComparison.Ordinal) is var batch and >= 0
                     && indexByContext.TryGetValue(context, out var index) && requests[index].Resource == "$batch"
                     && BatchTable().Match(line, batch) is { Success: true } table)
            {
                requests[index] = requests[index] with { Resource = table.Groups[1].Value };
            }
        }
        return requests;
    }

    /// <summary>The table, queue or container of a string to sign (its canonicalised resource line).</summary>
    public static string ResourceOf(string kind, string stringToSign)
    {
        var resource = stringToSign.Split('\n')
            .FirstOrDefault(l => l.StartsWith(AccountPath, StringComparison.Ordinal));
        if (resource is null) return "(unknown)";
        var first = resource[AccountPath.Length..].Split('/', '?')[0];
        if (kind == "table")
        {
            var paren = first.IndexOf('(', StringComparison.Ordinal);
            return paren >= 0 ? first[..paren] : first; // Orders() / Orders(PartitionKey='…',RowKey='…') → Orders
        }
        return first.Length > 0 ? first : $"({kind} service)";
    }

    /// <summary>
    /// The resource by role: a task hub's tables, queues and containers as <c>&lt;hub&gt;Instances</c>,
    /// <c>&lt;hub&gt;-control-00</c>, …; the service's tables and containers without their per-run prefix
    /// (<c>Applications</c>, <c>cards</c>). Both names are matched without regard to case (queues and containers are
    /// lower case).
    /// </summary>
    public static string Normalise(string resource, string hubName, string namePrefix)
    {
        // The longer name first, in case one starts with the other.
        foreach (var (name, replacement) in new[] { (hubName, "<hub>"), (namePrefix, "") }
                     .OrderByDescending(n => n.Item1.Length))
            if (name.Length > 0
                && resource.Length > name.Length
                && resource.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return replacement + resource[name.Length..];
        return resource;
    }

    /// <summary>The partition key a table request's URL names, if any.</summary>
    private static string? PartitionOf(string headersLine)
    {
        if (!headersLine.Contains(" TableStorageContextMiddleware: ", StringComparison.Ordinal)) return null;
        var url = headersLine.IndexOf("RequestURL=", StringComparison.Ordinal);
        var headers = headersLine.IndexOf(" RequestHeaders:", StringComparison.Ordinal);
        if (url < 0 || headers < url) return null;
        var decoded = Uri.UnescapeDataString(headersLine[(url + 11)..headers]);
        var match = PartitionKey().Match(decoded);
        return match.Success ? match.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : null;
    }

    private static string Unquote(ReadOnlySpan<char> json)
    {
        try
        {
            return JsonSerializer.Deserialize<string>(json) ?? "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static bool TrySplit(string line, out DateTime at, out string context)
    {
        // 2026-12-03T06:49:35.326Z 4363c5cd-6c12-4a37-b11c-61dc5e22d9a9 info: …
        at = default;
        context = "";
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space < 20 || !DateTime.TryParse(line.AsSpan(0, space), CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out at)) return false;
        var end = line.IndexOf(' ', space + 1);
        if (end < 0) return false;
        context = line[(space + 1)..end];
        return context.Length > 0;
    }

    private static string? Capture(Regex pattern, string line) =>
        pattern.Match(line) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"RequestMethod=([A-Z]+)")]
    private static partial Regex MethodPattern();

    [GeneratedRegex(@"""traceparent"":""00-([0-9a-f]{32})-")]
    private static partial Regex TraceParent();

    [GeneratedRegex(@"PartitionKey(?:=| eq )'((?:[^']|'')*)'")]
    private static partial Regex PartitionKey();

    /// <summary>
    /// The first sub-request's table: <c>PUT http://…/devstoreaccount1/Orders(PartitionKey=…)</c> or
    /// <c>POST http://…/devstoreaccount1/Orders HTTP/1.1</c>.
    /// </summary>
    [GeneratedRegex(@"/devstoreaccount1/([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex BatchTable();
}
