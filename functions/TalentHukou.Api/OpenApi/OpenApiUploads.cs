using System.Text.Json.Nodes;
using TalentHukou.Api.Uploads;

namespace TalentHukou.Api.OpenApi;

/// <summary>
/// The file parts of a multipart request body, with the limits the route's <see cref="UploadPolicy"/> enforces: how
/// many files (<c>minItems</c>/<c>maxItems</c>), how large and of which types (the description), and the content
/// types each part accepts (<c>encoding</c>).
/// </summary>
internal static class OpenApiUploads
{
    /// <summary>The schema of one file part.</summary>
    public static JsonObject FilePart(UploadPolicy upload)
    {
        var file = new JsonObject { ["type"] = "string", ["format"] = "binary" };
        if (!upload.ManyFilesPerPart)
        {
            file["description"] = $"One {upload.KindsText} file of at most {upload.MaxFileText}.";
            return file;
        }
        var files = new JsonObject
        {
            ["type"] = "array",
            ["description"] =
                $"{upload.MinFiles}-{upload.MaxFiles} {upload.KindsText} files of at most {upload.MaxFileText} each.",
            ["items"] = file,
        };
        if (upload.MinFiles > 0) files["minItems"] = upload.MinFiles;
        files["maxItems"] = upload.MaxFiles;
        return files;
    }

    /// <summary>The media type's <c>encoding</c>: the content types each file part accepts.</summary>
    public static JsonObject Encoding(UploadPolicy upload)
    {
        var encoding = new JsonObject();
        foreach (var part in upload.FileParts)
            encoding[part] = new JsonObject { ["contentType"] = ContentTypes(upload) };
        return encoding;
    }

    /// <summary>The accepted content types as <c>encoding.contentType</c> lists them.</summary>
    public static string ContentTypes(UploadPolicy upload) =>
        string.Join(", ", upload.Kinds.Select(FileKinds.ContentType));
}
