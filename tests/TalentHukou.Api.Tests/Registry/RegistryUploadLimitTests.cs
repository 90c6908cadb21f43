using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Registry;

/// <summary>
/// What school and major add-requests accept: 1–5 pdf/jpg/png files of at most 10 MB, recognised by content.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class RegistryUploadLimitTests(SharedHost shared)
{
    private const int MB = 1024 * 1024;

    private LocalHostUnderTest Host => shared.Host;

    private static object SchoolFields =>
        new { name = "测试上传学院" + Guid.NewGuid().ToString("N")[..8], reason = "查询不到该院校" };

    private async Task<HttpResponseMessage> PostSchoolAsync(params FilePart[] files)
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        return await applicant.PostAsync("registry/school-requests", Multipart.Form(SchoolFields, files));
    }

    private static async Task RefusedAsync(
        HttpResponseMessage response, HttpStatusCode status, string slug, string field = "attachments") =>
        ProblemAssert.NamesField(await ProblemAssert.IsProblemAsync(response, status, slug), field);

    [Fact]
    public async Task ExeNamedPng_Refused415() =>
        await RefusedAsync(
            await PostSchoolAsync(Multipart.File("attachments", "scan.png", "image/png", Files.Exe())),
            HttpStatusCode.UnsupportedMediaType,
            "unsupported-file-type");

    [Fact]
    public async Task PngNamedPdf_Refused415() =>
        await RefusedAsync(
            await PostSchoolAsync(Multipart.File("attachments", "scan.pdf", "application/pdf", Files.Png())),
            HttpStatusCode.UnsupportedMediaType,
            "unsupported-file-type");

    [Fact]
    public async Task PngDeclaredAsPdf_Refused415() =>
        await RefusedAsync(
            await PostSchoolAsync(Multipart.File("attachments", "scan.png", "application/pdf", Files.Png())),
            HttpStatusCode.UnsupportedMediaType,
            "unsupported-file-type");

    [Fact]
    public async Task PngWithoutDeclaredType_Refused415() =>
        await RefusedAsync(
            await PostSchoolAsync(Multipart.File("attachments", "scan.png", null, Files.Png())),
            HttpStatusCode.UnsupportedMediaType,
            "unsupported-file-type");

    [Fact]
    public async Task EmptyFile_Refused415() =>
        await RefusedAsync(
            await PostSchoolAsync(Multipart.File("attachments", "scan.pdf", "application/pdf", [])),
            HttpStatusCode.UnsupportedMediaType,
            "unsupported-file-type");

    [Fact]
    public async Task ElevenMegabytes_Refused413() =>
        await RefusedAsync(
            await PostSchoolAsync(Multipart.Png("attachments", 11 * MB)),
            HttpStatusCode.RequestEntityTooLarge,
            "file-too-large");

    [Fact]
    public async Task SixFiles_Refused400() =>
        await RefusedAsync(
            await PostSchoolAsync([.. Enumerable.Range(0, 6).Select(_ => Multipart.Pdf("attachments"))]),
            HttpStatusCode.BadRequest,
            "validation-failed");

    [Fact]
    public async Task NoFiles_Refused400() =>
        await RefusedAsync(await PostSchoolAsync(), HttpStatusCode.BadRequest, "validation-failed");

    [Fact]
    public async Task FileInAnotherPart_Refused400NamingThatPart() =>
        await RefusedAsync(
            await PostSchoolAsync(Multipart.Pdf("files")), HttpStatusCode.BadRequest, "validation-failed", "files");

    [Fact]
    public async Task FiveFilesOfTenMegabytes_Accepted()
    {
        var response = await PostSchoolAsync([.. Enumerable.Range(0, 5)
            .Select(_ => Multipart.Generated("attachments", "photo.jpeg", "image/jpeg", Files.JpegMagic, 10 * MB))]);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task EveryFieldMissingOrWrong_EachNamed()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var school = await applicant.PostAsync(
            "registry/school-requests", Multipart.Form(new { name = "", district = "shenzhen" }));
        var problem = await ProblemAssert.IsProblemAsync(school, HttpStatusCode.BadRequest, "validation-failed");
        foreach (var field in new[] { "name", "district", "reason", "attachments" })
            ProblemAssert.NamesField(problem, field);
        var major = await applicant.PostAsync(
            "registry/major-requests", Multipart.Form(new { name = "法学" }, Multipart.Pdf("attachments")));
        problem = await ProblemAssert.IsProblemAsync(major, HttpStatusCode.BadRequest, "validation-failed");
        foreach (var field in new[] { "schoolId", "reason" })
            ProblemAssert.NamesField(problem, field);
        var longReason = await applicant.PostAsync(
            "registry/school-requests",
            Multipart.Form(new { name = "测试学院", reason = new string('长', 5000) }, Multipart.Pdf("attachments")));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(longReason, HttpStatusCode.BadRequest, "validation-failed"), "reason");
    }

    [Fact]
    public async Task NotMultipartOrWrongRole_Refused()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync("registry/school-requests", new { name = "测试学院", reason = "查询不到" }),
            HttpStatusCode.UnsupportedMediaType,
            "unsupported-media-type");
        var broken = new StringContent(
            "--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n测试", System.Text.Encoding.UTF8);
        broken.Headers.ContentType =
            System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        await ProblemAssert.IsProblemAsync(
            await applicant.PostAsync("registry/school-requests", broken),
            HttpStatusCode.BadRequest,
            "invalid-multipart");
        var support = await Host.ClientForAsync("support-1", ["support"]);
        await ProblemAssert.IsProblemAsync(
            await support.PostAsync(
                "registry/school-requests", Multipart.Form(SchoolFields, Multipart.Pdf("attachments"))),
            HttpStatusCode.Forbidden,
            "forbidden");
        await ProblemAssert.IsProblemAsync(
            await Host.Anonymous.PostAsync(
                "registry/school-requests", Multipart.Form(SchoolFields, Multipart.Pdf("attachments"))),
            HttpStatusCode.Unauthorized,
            "unauthorized");
    }
}
