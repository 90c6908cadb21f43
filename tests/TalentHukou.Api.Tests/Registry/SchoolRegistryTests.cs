using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Registry;

[Collection(SecondSharedHostCollection.Name)]
public class SchoolRegistryTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    private static string Q(string text) => Uri.EscapeDataString(text);

    [Theory]
    [InlineData("中山大学", "S-SYSU")]
    [InlineData("华南理工大学", "S-SCUT")]
    [InlineData("暨南大学", "S-JNU")]
    [InlineData("华南师范大学", "S-SCNU")]
    [InlineData("广州大学", "S-GZHU")]
    public async Task Seed_EachSchool_SearchableWithComputerScience(string name, string schoolId)
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var schools = await applicant.GetFromJsonAsync<JsonElement>($"registry/schools?name={Q("　" + name + " ")}");
        Assert.Equal(schoolId, Assert.Single(schools.EnumerateArray()).Str("schoolId"));
        var majors = await applicant.GetFromJsonAsync<JsonElement>(
            $"registry/majors?schoolId={schoolId}&name={Q("计算机科学与技术")}");
        Assert.Equal(schoolId, Assert.Single(majors.EnumerateArray()).Str("schoolId"));
    }

    [Fact]
    public async Task SearchSchools_PartialName_404WithTheSeedsWording()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var problem = await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"registry/schools?name={Q("中山")}"), HttpStatusCode.NotFound, "school-not-found");
        Assert.Equal("未找到相关院校", problem.Str("title"));
        Assert.Equal("/api/registry/school-requests", problem.Str("addRequest"));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(
                await applicant.GetAsync("registry/schools"), HttpStatusCode.BadRequest, "validation-failed"),
            "name");
        await ProblemAssert.IsProblemAsync(
            await Host.Anonymous.GetAsync($"registry/schools?name={Q("中山大学")}"),
            HttpStatusCode.Unauthorized,
            "unauthorized");
    }

    [Fact]
    public async Task SearchMajors_ScopedToTheSchool()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        // 新闻学 is a major of 暨南大学 in the seed, not of 中山大学.
        Assert.Equal(
            1,
            (await applicant.GetFromJsonAsync<JsonElement>($"registry/majors?schoolId=S-JNU&name={Q("新闻学")}"))
                .GetArrayLength());
        var problem = await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"registry/majors?schoolId=S-SYSU&name={Q("新闻学")}"),
            HttpStatusCode.NotFound,
            "major-not-found");
        Assert.Equal("未找到相关专业", problem.Str("title"));
        Assert.Equal("/api/registry/major-requests", problem.Str("addRequest"));
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"registry/majors?schoolId=S-SYSU&name={Q("计算机")}"),
            HttpStatusCode.NotFound,
            "major-not-found");
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(
                await applicant.GetAsync($"registry/majors?schoolId=S-NOPE&name={Q("法学")}"),
                HttpStatusCode.NotFound,
                "school-not-found"),
            "schoolId");
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(
                await applicant.GetAsync($"registry/majors?name={Q("法学")}"),
                HttpStatusCode.BadRequest,
                "validation-failed"),
            "schoolId");
    }

    [Fact]
    public async Task SchoolThenMajorRequest_Approved_SearchableAtOnce()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var admin = await Host.ClientForAsync("admin-1", ["registry-admin"]);
        var school = "测试新增大学" + Guid.NewGuid().ToString("N")[..8];
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"registry/schools?name={Q(school)}"),
            HttpStatusCode.NotFound,
            "school-not-found");

        var filed = await applicant.PostAsync(
            "registry/school-requests",
            Multipart.Form(
                new { name = school, district = "panyu", reason = "学历证书上的毕业院校在系统中查询不到" },
                Multipart.Pdf("attachments"),
                Multipart.Jpeg("attachments")));
        Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
        var accepted = await Json.ReadAsync(filed);
        var requestId = accepted.Str("requestId");
        Assert.Equal($"/api/registry/requests/{requestId}", filed.Headers.Location!.ToString());
        Assert.Equal("pending", accepted.Str("status"));

        var progress = await applicant.GetFromJsonAsync<JsonElement>($"registry/requests/{requestId}");
        Assert.Equal("school", progress.Str("type"));
        Assert.Equal(2, progress.GetProperty("attachments").GetInt32());
        Assert.Equal(school, progress.GetProperty("proposal").Str("name"));
        var queue = await admin.GetFromJsonAsync<JsonElement>(
            "registry/requests?status=pending&type=school&pageSize=100");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.Str("requestId") == requestId);

        var decided = await Json.PostOkAsync(
            admin,
            $"registry/requests/{requestId}/decision",
            new { approve = true, reason = "附件核实无误" },
            HttpStatusCode.OK);
        var schoolId = decided.Str("resultId");
        var found = await applicant.GetFromJsonAsync<JsonElement>($"registry/schools?name={Q(school)}");
        Assert.Equal(schoolId, found[0].Str("schoolId"));
        Assert.Equal("panyu", found[0].Str("district"));

        var major = "量子测试工程";
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"registry/majors?schoolId={schoolId}&name={Q(major)}"),
            HttpStatusCode.NotFound,
            "major-not-found");
        var majorFiled = await applicant.PostAsync(
            "registry/major-requests",
            Multipart.Form(
                new { schoolId, name = major, reason = "学历证书上的专业在系统中查询不到" }, Multipart.Png("attachments")));
        var majorRequest = (await Json.ReadAsync(majorFiled)).Str("requestId");
        Assert.Equal(HttpStatusCode.Accepted, majorFiled.StatusCode);
        var majorDecided = await Json.PostOkAsync(
            admin, $"registry/requests/{majorRequest}/decision", new { approve = true }, HttpStatusCode.OK);
        var majors = await applicant.GetFromJsonAsync<JsonElement>(
            $"registry/majors?schoolId={schoolId}&name={Q(major)}");
        Assert.Equal(majorDecided.Str("resultId"), majors[0].Str("majorId"));
        // Only in that school.
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"registry/majors?schoolId=S-SYSU&name={Q(major)}"),
            HttpStatusCode.NotFound,
            "major-not-found");
    }

    [Fact]
    public async Task SchoolRequest_Rejected_NotSearchable_ReasonVisible()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var admin = await Host.ClientForAsync("admin-1", ["registry-admin"]);
        var school = "测试驳回学院" + Guid.NewGuid().ToString("N")[..8];
        var accepted = await Json.ReadAsync(await applicant.PostAsync(
            "registry/school-requests",
            Multipart.Form(new { name = school, reason = "查询不到" }, Multipart.Pdf("attachments"))));
        var id = accepted.Str("requestId");
        await Json.PostOkAsync(
            admin,
            $"registry/requests/{id}/decision",
            new { approve = false, reason = "附件无法证明院校名称" },
            HttpStatusCode.OK);
        Assert.Equal(
            "附件无法证明院校名称",
            (await applicant.GetFromJsonAsync<JsonElement>($"registry/requests/{id}")).Str("reason"));
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"registry/schools?name={Q(school)}"),
            HttpStatusCode.NotFound,
            "school-not-found");
    }

    [Fact]
    public async Task Requests_AlreadyRegisteredOrUnknownSchool_Refused()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var existing = await applicant.PostAsync(
            "registry/school-requests",
            Multipart.Form(new { name = "中山大学", reason = "查询不到" }, Multipart.Pdf("attachments")));
        Assert.Equal(
            "S-SYSU",
            (await ProblemAssert.IsProblemAsync(existing, HttpStatusCode.Conflict, "school-already-registered"))
                .Str("schoolId"));
        var existingMajor = await applicant.PostAsync(
            "registry/major-requests",
            Multipart.Form(new { schoolId = "S-SYSU", name = "法学", reason = "查询不到" }, Multipart.Pdf("attachments")));
        await ProblemAssert.IsProblemAsync(existingMajor, HttpStatusCode.Conflict, "major-already-registered");
        var unknown = await applicant.PostAsync(
            "registry/major-requests",
            Multipart.Form(new { schoolId = "S-NOPE", name = "法学", reason = "查询不到" }, Multipart.Pdf("attachments")));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, "school-not-found"), "schoolId");
    }

    [Fact]
    public async Task Attachments_RequesterAndRegistryAdminRead_OthersGet404()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var stranger = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var admin = await Host.ClientForAsync("admin-1", ["registry-admin"]);
        var png = Files.Png(5000);
        var filed = await applicant.PostAsync(
            "registry/school-requests",
            Multipart.Form(
                new { name = "测试附件学院" + Guid.NewGuid().ToString("N")[..8], reason = "查询不到" },
                Multipart.File("attachments", "../../etc/passwd.png", "image/png", png)));
        var requestId = (await Json.ReadAsync(filed)).Str("requestId");
        var progress = await applicant.GetFromJsonAsync<JsonElement>($"registry/requests/{requestId}");
        var attachmentId = progress.GetProperty("attachmentIds")[0].GetString()!;
        Assert.DoesNotContain("passwd", attachmentId);
        var url = progress.GetProperty("attachmentUrls")[0].GetString()!.Replace("/api/", "");

        var own = await applicant.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("image/png", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await own.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", own.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);

        await ProblemAssert.IsProblemAsync(
            await stranger.GetAsync(url), HttpStatusCode.NotFound, "registry-request-not-found");
        await ProblemAssert.IsProblemAsync(
            await Host.Anonymous.GetAsync(url), HttpStatusCode.Unauthorized, "unauthorized");
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync($"registry/requests/{requestId}/attachments/F{Guid.NewGuid():N}"),
            HttpStatusCode.NotFound,
            "registry-attachment-not-found");
    }
}
