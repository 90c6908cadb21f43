using System.Net.Http.Headers;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Testing.Http;

/// <summary>
/// Builds multipart/form-data bodies the way browsers send them (text fields named after the properties, camelCase).
/// </summary>
public static class Multipart
{
    public static MultipartFormDataContent Form(object fields, params FilePart[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var property in fields.GetType().GetProperties())
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            if (property.GetValue(fields) is { } value) form.Add(new StringContent(value.ToString()!), name);
        }
        foreach (var file in files)
        {
            var content = file.Content;
            if (file.ContentType is not null) content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            form.Add(content, file.Part, file.FileName);
        }
        return form;
    }

    public static FilePart File(string part, string fileName, string? contentType, byte[] bytes) =>
        new(part, fileName, contentType, new ByteArrayContent(bytes));

    /// <summary>A large file produced while it is sent (see <see cref="GeneratedStream"/>).</summary>
    public static FilePart Generated(
        string part, string fileName, string contentType, byte[] magic, long length, long failAfter = long.MaxValue) =>
        new(part, fileName, contentType, new StreamContent(new GeneratedStream(magic, length, failAfter), 64 * 1024));

    public static FilePart Png(string part, int length = 2048) =>
        File(part, "scan.png", "image/png", Files.Png(length));

    public static FilePart Pdf(string part, int length = 2048) =>
        File(part, "证明材料.pdf", "application/pdf", Files.Pdf(length));

    public static FilePart Jpeg(string part, int length = 2048) =>
        File(part, "photo.jpg", "image/jpeg", Files.Jpeg(length));
}

/// <summary>One file part: the part name, the client's file name, the declared content type and the bytes.</summary>
public sealed record FilePart(string Part, string FileName, string? ContentType, HttpContent Content);
