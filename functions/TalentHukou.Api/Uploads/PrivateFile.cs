using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Routing;

namespace TalentHukou.Api.Uploads;

/// <summary>
/// Streams a stored upload to its reader: as a download named after its id, never cached, never sniffed by the browser.
/// </summary>
public static class PrivateFile
{
    public static IResult Result(ApiRequest request, StoredFile file, string id)
    {
        var headers = request.Http.Response.Headers;
        headers.CacheControl = "private, no-store";
        headers.XContentTypeOptions = "nosniff";
        var extension = FileKinds.FromContentType(file.ContentType) is { } kind ? FileKinds.Extension(kind) : "";
        return TypedResults.Stream(file.Content, file.ContentType, fileDownloadName: id + extension);
    }
}
