namespace TalentHukou.Api.Uploads;

/// <summary>
/// What one multipart route accepts: the text fields it reads, the part that carries files, how many files of which
/// kinds and sizes, and the private container they are stored in.
/// </summary>
public sealed record UploadPolicy(
    IReadOnlyCollection<string> Fields,
    string FilePart,
    int MinFiles,
    int MaxFiles,
    long MaxFileBytes,
    IReadOnlySet<FileKind> Kinds,
    string Container)
{
    /// <summary>
    /// Further parts that carry files (each kind of document in its own part); with these, every file part holds at
    /// most one file, and <see cref="MaxFiles"/> counts them all.
    /// </summary>
    public IReadOnlyList<string> OtherFileParts { get; init; } = [];

    /// <summary>Whether <paramref name="name"/> is a part that carries files.</summary>
    public bool IsFilePart(string name) => name == FilePart || OtherFileParts.Contains(name);

    /// <summary>Every part that carries files, <see cref="FilePart"/> first.</summary>
    public IReadOnlyList<string> FileParts => [FilePart, .. OtherFileParts];

    /// <summary>Whether the one file part may hold several files (with other file parts, each holds one).</summary>
    public bool ManyFilesPerPart => OtherFileParts.Count == 0 && MaxFiles > 1;

    /// <summary>The largest text field, in bytes.</summary>
    public const int MaxFieldBytes = 8 * 1024;

    /// <summary>Room for the text fields, part headers and boundaries on top of the files.</summary>
    private const long Overhead = 1024 * 1024;

    /// <summary>The route's body limit: every file at its largest, plus the overhead.</summary>
    public long MaxBodyBytes => MaxFiles * MaxFileBytes + Overhead;

    public string MaxFileText =>
        MaxFileBytes % (1024 * 1024) == 0 ? $"{MaxFileBytes / (1024 * 1024)}MB" : $"{MaxFileBytes} bytes";

    public string KindsText => string.Join("/", Kinds.Select(k => FileKinds.Extension(k).TrimStart('.')));
}
