namespace TalentHukou.Api.Uploads;

/// <summary>The file types uploads may have.</summary>
public enum FileKind
{
    Pdf,
    Png,
    Jpeg,
}

/// <summary>
/// Recognises a file by its first bytes (magic numbers), and what its declared content type and file name extension
/// claim, so an upload is accepted only when all three agree.
/// </summary>
public static class FileKinds
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs.</summary>
    public const int SniffBytes = 8;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    public static FileKind? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfMagic) ? FileKind.Pdf
        : head.StartsWith(PngMagic) ? FileKind.Png
        : head.StartsWith(JpegMagic) ? FileKind.Jpeg
        : null;

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Png => "image/png",
        _ => "image/jpeg",
    };

    /// <summary>Every content type the service stores an upload under, one per <see cref="FileKind"/>.</summary>
    public static IReadOnlyList<string> ContentTypes { get; } = [.. Enum.GetValues<FileKind>().Select(ContentType)];

    /// <summary>The extension the service gives a stored file of this kind (download names).</summary>
    public static string Extension(FileKind kind) => kind switch
    {
        FileKind.Pdf => ".pdf",
        FileKind.Png => ".png",
        _ => ".jpg",
    };

    /// <summary>
    /// The kind a part's <c>Content-Type</c> declares (<c>image/jpg</c> and <c>image/pjpeg</c> count as JPEG).
    /// </summary>
    public static FileKind? FromContentType(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            "application/pdf" => FileKind.Pdf,
            "image/png" => FileKind.Png,
            "image/jpeg" or "image/jpg" or "image/pjpeg" => FileKind.Jpeg,
            _ => null,
        };

    /// <summary>The kind a file name's extension claims.</summary>
    public static FileKind? FromFileName(string? fileName) =>
        Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".pdf" => FileKind.Pdf,
            ".png" => FileKind.Png,
            ".jpg" or ".jpeg" => FileKind.Jpeg,
            _ => null,
        };
}
