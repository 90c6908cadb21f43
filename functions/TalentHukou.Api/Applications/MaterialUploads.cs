using System.Text.Json;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Input;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Api.Uploads;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Applications;

/// <summary>
/// Supporting documents uploaded with an application or its correction: one multipart part per kind
/// (<see cref="MaterialKinds"/>), one file each, pdf/jpg/png up to 10 MB, sniffed, stored privately before any record
/// names them (a refusal or failure deletes them again). The JSON fields travel as one JSON text part.
/// </summary>
public static class MaterialUploads
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary><c>POST /applications</c>: the <c>application</c> part holds the JSON body's fields.</summary>
    public static readonly UploadPolicy Submission = Policy("application");

    /// <summary>
    /// <c>POST /applications/{id}/correction</c>: the <c>correction</c> part holds the corrected fields.
    /// </summary>
    public static readonly UploadPolicy Correction = Policy("correction");

    public static bool IsMultipart(ApiRequest request) => request.Http.Request.HasFormContentType;

    public static Task<UploadedForm> ReadAsync(ApiRequest request, PrivateBlobs blobs, UploadPolicy policy) =>
        MultipartForm.ReadAsync(
            request, blobs, policy, new Dictionary<string, string> { ["source"] = "application-material" });

    /// <summary>
    /// The JSON text part as <typeparamref name="T"/>; a missing part or bad JSON is a 400 naming the part.
    /// </summary>
    public static T ReadJsonPart<T>(UploadedForm form, string part) where T : class
    {
        var text = form.Field(part) ?? throw new ProblemException(ProblemTypes.ValidationFailed,
            $"The part '{part}' must hold the JSON fields.", new Dictionary<string, string[]> { [part] = ["请填写申请信息"] });
        try
        {
            return JsonSerializer.Deserialize<T>(text, JsonBody.Options) ?? throw new JsonException("null");
        }
        catch (JsonException ex)
        {
            throw new ProblemException(
                ProblemTypes.InvalidJson,
                $"The part '{part}' is not valid JSON for this route ({ex.Path}).",
                new Dictionary<string, string[]> { [part] = ["格式错误，请检查该项的内容"] });
        }
    }

    /// <summary>The stored files as the record's materials.</summary>
    public static IReadOnlyList<MaterialInfo> Materials(UploadedForm form, DateTimeOffset uploadedAt) =>
        form.Files
            .Select(f => new MaterialInfo(f.Id, f.Part, FileKinds.ContentType(f.Kind), f.Length, f.Sha256, uploadedAt))
            .ToList();

    /// <summary>
    /// A 400 naming the degree certificate unless one arrived
    /// (it is required when materials are uploaded at submission).
    /// </summary>
    public static void RequireDegreeCertificate(UploadedForm form, BodyValidator v) =>
        v.Require(
            form.Files.Any(f => f.Part == MaterialKinds.DegreeCertificate),
            MaterialKinds.DegreeCertificate,
            "请上传学历证书扫描件（pdf/jpg/png）",
            "A degreeCertificate file (pdf/jpg/png) is required with a multipart submission.");

    private static UploadPolicy Policy(string jsonPart) => new(
        [jsonPart], MaterialKinds.DegreeCertificate, 0, MaterialKinds.All.Count, MaxFileBytes,
        new HashSet<FileKind> { FileKind.Pdf, FileKind.Png, FileKind.Jpeg }, StorageNames.ApplicationMaterialsContainer)
    {
        OtherFileParts = MaterialKinds.All.Skip(1).ToList(),
    };
}
