using System.Text.Json.Nodes;
using TalentHukou.Api.Routing;
using TalentHukou.Api.Uploads;
using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>openapi.json states each upload's limits as the policy its handler enforces.</summary>
public class UploadLimitDocTests
{
    private static readonly JsonNode Document =
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "openapi.json")))!;

    private static IEnumerable<string> UploadRouteNames =>
        ApiRouteTable.All.Where(r => r.Doc?.Upload is not null).Select(r => r.Name);

    public static TheoryData<string> UploadRoutes => new(UploadRouteNames);

    [Fact]
    public void UploadRoutes_AreTheFiveThatTakeFiles() =>
        Assert.Equal(
            ["CorrectApplication", "FileMajorRequest", "FileSchoolRequest", "FileSupportTicket", "SubmitApplication"],
            UploadRouteNames.Order());

    [Theory]
    [MemberData(nameof(UploadRoutes))]
    public void UploadRoute_DocumentStatesPolicyLimits(string name)
    {
        var route = ApiRouteTable.All.Single(r => r.Name == name);
        var upload = route.Doc!.Upload!;
        Assert.Equal(upload.MaxBodyBytes, route.MaxBodyBytes);
        var media = Document["paths"]!["/" + route.Path]![route.Method.ToLowerInvariant()]!["requestBody"]!
            ["content"]!["multipart/form-data"]!;
        var properties = media["schema"]!["properties"]!.AsObject();
        Assert.Equal([.. upload.Fields, .. upload.FileParts], properties.Select(p => p.Key));
        var contentTypes = upload.Kinds.Select(FileKinds.ContentType).Order();
        foreach (var part in upload.FileParts)
        {
            var schema = properties[part]!;
            var description = (string)schema["description"]!;
            Assert.Contains(upload.MaxFileText, description, StringComparison.Ordinal);
            Assert.Contains(upload.KindsText, description, StringComparison.Ordinal);
            if (upload.ManyFilesPerPart)
            {
                Assert.Equal(upload.MaxFiles, (int)schema["maxItems"]!);
                Assert.Equal(upload.MinFiles, (int?)schema["minItems"] ?? 0);
            }
            else
            {
                Assert.Equal("binary", (string)schema["format"]!);
            }
            var declared = ((string)media["encoding"]![part]!["contentType"]!).Split(", ").Order();
            Assert.Equal(contentTypes, declared);
        }
    }
}
