using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Input;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Uploads;

/// <summary>
/// Reads a <c>multipart/form-data</c> body section by section: text fields into small strings, each file streamed to
/// Blob storage as it arrives (sniffed from its first bytes, checked against its declared type and extension, capped
/// in size). Any refusal or failure deletes the files already stored and ends the request with a problem naming the
/// part. The caller checks the number of files (<see cref="UploadedForm.CheckFileCount"/>) with the text fields.
/// </summary>
public static class MultipartForm
{
    /// <summary>Reads the request's form; its files go to <paramref name="blobs"/>.</summary>
    public static async Task<UploadedForm> ReadAsync(
        ApiRequest request, PrivateBlobs blobs, UploadPolicy policy, IDictionary<string, string> metadata)
    {
        var boundary = Boundary(request.Http.Request.ContentType);
        var form = new UploadedForm(blobs, policy);
        try
        {
            var reader = new MultipartReader(boundary, request.Http.Request.Body)
            {
                HeadersCountLimit = 8,
                HeadersLengthLimit = 8 * 1024,
            };
            while (await reader.ReadNextSectionAsync(request.Aborted) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !(disposition.IsFormDisposition() || disposition.IsFileDisposition()))
                {
                    throw new ProblemException(
                        UploadProblems.InvalidMultipart,
                        "Every part needs a 'Content-Disposition: form-data; name=...' header.");
                }
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition())
                    await ReadFileAsync(section, disposition, name, policy, form, blobs, metadata, request.Aborted);
                else
                    await ReadFieldAsync(section, name, policy, form, request.Aborted);
            }
            return form;
        }
        catch (Exception ex)
        {
            await form.DisposeAsync();
            if (ex is InvalidDataException
                || (ex is IOException and not BadHttpRequestException && !request.Aborted.IsCancellationRequested))
            {
                throw new ProblemException(
                    UploadProblems.InvalidMultipart, $"The multipart body could not be read: {ex.Message}");
            }
            throw;
        }
    }

    private static async Task ReadFieldAsync(
        MultipartSection section, string name, UploadPolicy policy, UploadedForm form, CancellationToken ct)
    {
        if (policy.IsFilePart(name))
            throw Refused(
                ProblemTypes.ValidationFailed, name, "该项应为上传的文件", $"'{name}' must be a file part (with a filename).");
        if (!policy.Fields.Contains(name)) return; // unknown fields are skipped, like unknown JSON properties
        if (form.HasField(name))
            throw Refused(
                ProblemTypes.ValidationFailed, name, "该项重复提交", $"The field '{name}' was sent more than once.");
        try
        {
            await using var limited = new LimitedReadStream(section.Body, UploadPolicy.MaxFieldBytes);
            using var text = new StreamReader(limited, System.Text.Encoding.UTF8);
            form.AddField(name, await text.ReadToEndAsync(ct));
        }
        catch (LimitedReadStream.LimitExceededException)
        {
            throw Refused(
                ProblemTypes.ValidationFailed,
                name,
                "内容过长",
                $"The field '{name}' is longer than {UploadPolicy.MaxFieldBytes} bytes.");
        }
    }

    private static async Task ReadFileAsync(
        MultipartSection section,
        ContentDispositionHeaderValue disposition,
        string name,
        UploadPolicy policy,
        UploadedForm form,
        PrivateBlobs blobs,
        IDictionary<string, string> metadata,
        CancellationToken ct)
    {
        if (!policy.IsFilePart(name))
            throw Refused(
                ProblemTypes.ValidationFailed,
                name,
                $"文件应上传在{policy.FilePart}中",
                $"Files are accepted only in the part named '{policy.FilePart}'.");
        if (policy.OtherFileParts.Count > 0 && form.Files.Any(f => f.Part == name))
            throw Refused(ProblemTypes.ValidationFailed, name, "该项只能上传一个文件", $"The part '{name}' takes one file.");
        var number = form.Files.Count + 1;
        if (number > policy.MaxFiles)
            throw Refused(
                ProblemTypes.ValidationFailed,
                name,
                $"最多上传{policy.MaxFiles}个文件",
                $"At most {policy.MaxFiles} files may be uploaded.");

        var head = new byte[FileKinds.SniffBytes];
        var headLength = await section.Body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var kind = CheckKind(
            head.AsSpan(0, headLength), section.ContentType, FileName(disposition), number, name, policy);

        var id = "F" + Guid.NewGuid().ToString("N");
        form.Track(id);
        try
        {
            await using var content = new LimitedReadStream(
                new PrefixedStream(head.AsMemory(0, headLength), section.Body), policy.MaxFileBytes);
            using var sha = SHA256.Create();
            await using var hashing = new CryptoStream(content, sha, CryptoStreamMode.Read, leaveOpen: true);
            var length = await blobs.UploadAsync(
                policy.Container, id, hashing, FileKinds.ContentType(kind), metadata, ct);
            await hashing.CopyToAsync(Stream.Null, ct); // to the end, so the hash is final
            form.AddFile(new UploadedFile(id, kind, length)
            {
                Part = name,
                Sha256 = Convert.ToHexStringLower(sha.Hash!),
            });
        }
        catch (LimitedReadStream.LimitExceededException)
        {
            throw Refused(
                UploadProblems.FileTooLarge,
                name,
                $"第{number}个文件超过{policy.MaxFileText}",
                $"File {number} is larger than {policy.MaxFileText}.");
        }
    }

    /// <summary>
    /// The sniffed kind, which must be allowed and agree with the declared content type and the file name's extension.
    /// </summary>
    private static FileKind CheckKind(
        ReadOnlySpan<byte> head, string? contentType, string? fileName, int number, string part, UploadPolicy policy)
    {
        var sniffed = FileKinds.Sniff(head);
        string? zh = null, en = null;
        if (sniffed is null || !policy.Kinds.Contains(sniffed.Value))
            (zh, en) = (
                $"第{number}个文件的内容不是{policy.KindsText}格式",
                $"File {number} is not a {policy.KindsText} file by its content.");
        else if (FileKinds.FromContentType(contentType) != sniffed)
            (zh, en) = (
                $"第{number}个文件声明的类型与文件内容不符",
                $"File {number}'s Content-Type does not match its content ({FileKinds.ContentType(sniffed.Value)}).");
        else if (FileKinds.FromFileName(fileName) != sniffed)
            (zh, en) = (
                $"第{number}个文件的扩展名与文件内容不符",
                $"File {number}'s name extension does not match its content ({FileKinds.Extension(sniffed.Value)}).");
        if (zh is not null)
            throw Refused(UploadProblems.UnsupportedFileType, part, zh, en!);
        return sniffed!.Value;
    }

    private static string? FileName(ContentDispositionHeaderValue disposition) =>
        HeaderUtilities.RemoveQuotes(
            disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;

    private static string Boundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)
            || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new ProblemException(
                ProblemTypes.UnsupportedMediaType, "The request body must be multipart/form-data.");
        }
        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 70)
            throw new ProblemException(
                UploadProblems.InvalidMultipart,
                "The multipart/form-data content type needs a boundary of 1 to 70 characters.");
        return boundary;
    }

    private static ProblemException Refused(ProblemType problem, string field, string zh, string en) =>
        new(problem, en, new Dictionary<string, string[]> { [field] = [zh] });
}
