using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public class MaterialsTests(JourneyHost fixture)
{
    private LocalHostUnderTest Host => fixture.Host;

    [Fact]
    public async Task SubmitMultipart_WithoutDegreeCertificate_400NamingIt()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var response = await CorrectionFlows.SubmitWithMaterialsAsync(
            applicant, "E-DEMO-TECH", "manual", Multipart.Pdf("laborContract"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed");
        ProblemAssert.NamesField(problem, "degreeCertificate");
    }

    [Fact]
    public async Task SubmitMultipart_ExecutableNamedPdf_415NamingThePart()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var lying = Multipart.File("degreeCertificate", "degree.pdf", "application/pdf", Files.Exe());
        var response = await CorrectionFlows.SubmitWithMaterialsAsync(applicant, "E-DEMO-TECH", "manual", lying);
        var problem = await ProblemAssert.IsProblemAsync(
            response, HttpStatusCode.UnsupportedMediaType, "unsupported-file-type");
        ProblemAssert.NamesField(problem, "degreeCertificate");
    }

    [Fact]
    public async Task Material_OwnerAndScopedReviewerRead_SameBytes_OthersGet404()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var degree = Files.Pdf(3000);
        var response = await CorrectionFlows.SubmitWithMaterialsAsync(applicant, "E-DEMO-TECH", "manual",
            Multipart.File("degreeCertificate", "学位证.pdf", "application/pdf", degree), Multipart.Png("other"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await Json.ReadAsync(response)).Str("applicationId");

        var view = await applicant.GetFromJsonAsync<JsonElement>($"applications/{id}");
        var materials = view.GetProperty("materials").EnumerateArray().ToList();
        Assert.Equal(["degreeCertificate", "other"], materials.Select(m => m.Str("kind")).Order());
        var pdf = materials.Single(m => m.Str("kind") == "degreeCertificate");
        Assert.Equal("application/pdf", pdf.Str("contentType"));
        Assert.Equal(degree.Length, pdf.GetProperty("size").GetInt64());
        var path = $"applications/{id}/materials/{pdf.Str("id")}";
        Assert.Equal($"/api/{path}", pdf.Str("url"));
        Assert.DoesNotContain("学位证", view.GetRawText(), StringComparison.Ordinal); // never the client's file name

        Assert.Equal(degree, await applicant.GetByteArrayAsync(path));
        Assert.Equal(degree, await (await ApplicationFlows.ReviewerAsync(Host, "tianhe")).GetByteArrayAsync(path));
        var stranger = await ApplicationFlows.ApplicantAsync(Host);
        await ProblemAssert.IsProblemAsync(
            await stranger.GetAsync(path), HttpStatusCode.NotFound, "application-not-found");
        var otherReviewer = await ApplicationFlows.ReviewerAsync(Host, "haizhu");
        await ProblemAssert.IsProblemAsync(
            await otherReviewer.GetAsync(path), HttpStatusCode.NotFound, "application-not-found");
        var drc = await Host.ClientForAsync("drc-materials", ["drc"]);
        await ProblemAssert.IsProblemAsync(await drc.GetAsync(path), HttpStatusCode.NotFound, "application-not-found");
        await ProblemAssert.IsProblemAsync(await applicant.GetAsync($"applications/{id}/materials/Fnosuchmaterial"),
            HttpStatusCode.NotFound, "material-not-found");
    }
}
