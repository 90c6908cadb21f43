namespace TalentHukou.Api.Uploads;

/// <summary>
/// A file stored from an upload: its id (also its blob name; never the client's file name), kind and size.
/// </summary>
public sealed record UploadedFile(string Id, FileKind Kind, long Length)
{
    /// <summary>The part it came in.</summary>
    public string Part { get; init; } = "";

    /// <summary>The SHA-256 of its content, lower-case hex.</summary>
    public string Sha256 { get; init; } = "";
}
