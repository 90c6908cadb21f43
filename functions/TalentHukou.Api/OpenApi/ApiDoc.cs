using TalentHukou.Api.Uploads;

namespace TalentHukou.Api.OpenApi;

/// <summary>
/// How a route is documented in <c>openapi.json</c>: a summary, the query parameters it reads, the JSON body it
/// takes (or the multipart fields), what it answers on success, and the problems it may answer. Each area keeps its
/// routes' docs in a <c>*ApiDocs</c> class, one property per route name, so route entries stay short (#25 item 8).
/// </summary>
public sealed record ApiDoc(string Summary, Type? Request = null, Type? Response = null, int Success = 200)
{
    /// <summary>
    /// The query parameters the route reads; a declared <see cref="Input.QueryParameter"/> shows its rule.
    /// </summary>
    public IReadOnlyList<Input.QueryParameter> Query { get; init; } = [];

    /// <summary>
    /// For multipart uploads: the policy the handler enforces. The document takes the form's parts and the limits
    /// (file count, size, types) from it. With a <see cref="Request"/> type too, the route takes either.
    /// </summary>
    public UploadPolicy? Upload { get; init; }

    /// <summary>
    /// The multipart form's parts from <see cref="Upload"/>: a name ending in <c>[]</c> is a part of one or more
    /// files, one ending in <c>@</c> a part of exactly one file.
    /// </summary>
    public IReadOnlyList<string> Multipart => Upload is null ? []
        : [.. Upload.Fields, .. Upload.FileParts.Select(p => p + (Upload.ManyFilesPerPart ? "[]" : "@"))];

    /// <summary>
    /// For multipart uploads: the record declaring the rules of the text fields of <see cref="Multipart"/> (which
    /// fields are required, their lengths, patterns and formats), as a JSON body's type declares its own.
    /// </summary>
    public Type? Form { get; init; }

    /// <summary>The answer's media type when it is not JSON (the card PDF, the ops page).</summary>
    public string? MediaType { get; init; }

    /// <summary>The JSON body may be left out (a route that took none before its body was added).</summary>
    public bool RequestOptional { get; init; }

    /// <summary>
    /// Problem statuses beyond the ones every route may answer (400, 500, 503; 401/403 when signed in).
    /// </summary>
    public IReadOnlyList<int> Problems { get; init; } = [];
}
