using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Registry;

/// <summary>
/// Registry names (issue #27, the lows): folded by NFKC, no invisible or bidi control characters, and one entry per
/// name in each registry, pending add-requests included, even when requests race.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class RegistryNameTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Theory]
    [InlineData("\u200B")] // zero-width space
    [InlineData("\u200F")] // right-to-left mark
    [InlineData("\u202E")] // right-to-left override
    [InlineData("\u2066")] // left-to-right isolate
    [InlineData("\uFEFF")] // byte-order mark
    public async Task EmployerRequest_InvisibleCharacterInName_400NamingName(string invisible)
    {
        var applicant = await NewApplicantAsync();
        var response = await applicant.PostAsJsonAsync("registry/employer-requests",
            EmployerRegistryTests.NewEmployer("广州隐形" + invisible + "字符有限公司" + Unique()));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed"), "name");
    }

    [Fact]
    public async Task SchoolRequest_BidiOverrideInName_400NamingName()
    {
        var applicant = await NewApplicantAsync();
        var response = await applicant.PostAsync("registry/school-requests",
            Multipart.Form(new { name = "测试\u202E学院" + Unique(), reason = "查询不到" }, Multipart.Pdf("attachments")));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed"), "name");
    }

    [Fact]
    public async Task EmployerRequest_SameNameAsPendingRequestAfterNfkc_409NamingTheRequest()
    {
        var name = "广州同名ABC有限公司" + Unique();
        var first = await FileEmployerAsync(await NewApplicantAsync(), name);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var firstId = (await Json.ReadAsync(first)).Str("requestId");

        var fullWidth = name.Replace("ABC", "ＡＢＣ", StringComparison.Ordinal);
        var second = await FileEmployerAsync(await NewApplicantAsync(), fullWidth);
        var problem = await ProblemAssert.IsProblemAsync(second, HttpStatusCode.Conflict, "registry-name-requested");
        Assert.Equal(firstId, problem.Str("requestId"));
        Assert.Equal(name, problem.Str("name"));
        Assert.DoesNotContain("张伟", problem.ToString()); // the first requester's contact is not shown
    }

    [Fact]
    public async Task EmployerRequest_SameNameAsApprovedEmployerNewCreditCode_409NamingTheEmployer()
    {
        var name = "广州重名示范有限公司" + Unique();
        var admin = await Host.ClientForAsync("name-admin", ["registry-admin"]);
        var filed = await Json.ReadAsync(await FileEmployerAsync(await NewApplicantAsync(), name));
        var approved = await Json.PostOkAsync(admin, $"registry/requests/{filed.Str("requestId")}/decision",
            new { approve = true, reason = "核实无误" }, HttpStatusCode.OK);

        var again = await FileEmployerAsync(await NewApplicantAsync(), " " + name + "　");
        var problem = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "employer-already-registered");
        Assert.Equal(approved.Str("resultId"), problem.Str("employerId"));
        Assert.Equal(name, problem.Str("name"));
    }

    [Fact]
    public async Task EmployerRequest_NameOfARejectedRequest_FiledAgain()
    {
        var name = "广州驳回再报有限公司" + Unique();
        var admin = await Host.ClientForAsync("name-admin", ["registry-admin"]);
        var filed = await Json.ReadAsync(await FileEmployerAsync(await NewApplicantAsync(), name));
        await Json.PostOkAsync(admin, $"registry/requests/{filed.Str("requestId")}/decision",
            new { approve = false, reason = "材料不全" }, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Accepted, (await FileEmployerAsync(await NewApplicantAsync(), name)).StatusCode);
    }

    [Fact]
    public async Task EmployerRequests_RacingForOneName_ExactlyOneFiled()
    {
        var name = "广州竞速同名有限公司" + Unique();
        var applicants = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => NewApplicantAsync()));
        var answers = await Task.WhenAll(applicants.Select(a => FileEmployerAsync(a, name)));
        await AssertOneFiledRestNamingItAsync(answers);
    }

    [Fact]
    public async Task SchoolRequests_RacingForOneName_ExactlyOneFiled()
    {
        var name = "竞速同名学院" + Unique();
        var applicants = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => NewApplicantAsync()));
        var answers = await Task.WhenAll(applicants.Select(a => a.PostAsync("registry/school-requests",
            Multipart.Form(new { name, reason = "查询不到" }, Multipart.Pdf("attachments")))));
        await AssertOneFiledRestNamingItAsync(answers);
    }

    [Fact]
    public async Task MajorRequest_SameNameAsPendingRequest_409NamingTheRequest()
    {
        var major = "同名测试专业" + Unique();
        var form = () => Multipart.Form(
            new { schoolId = "S-SYSU", name = major, reason = "查询不到" }, Multipart.Png("attachments"));
        var first = await (await NewApplicantAsync()).PostAsync("registry/major-requests", form());
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var second = await (await NewApplicantAsync()).PostAsync("registry/major-requests", form());
        var problem = await ProblemAssert.IsProblemAsync(second, HttpStatusCode.Conflict, "registry-name-requested");
        Assert.Equal((await Json.ReadAsync(first)).Str("requestId"), problem.Str("requestId"));
    }

    private static async Task AssertOneFiledRestNamingItAsync(HttpResponseMessage[] answers)
    {
        var filed = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Accepted);
        var requestId = (await Json.ReadAsync(filed)).Str("requestId");
        foreach (var refused in answers.Where(a => a != filed))
        {
            var problem = await ProblemAssert.IsProblemAsync(
                refused, HttpStatusCode.Conflict, "registry-name-requested");
            Assert.Equal(requestId, problem.Str("requestId"));
        }
    }

    private Task<HttpClient> NewApplicantAsync() =>
        Host.ClientForAsync("name-" + Guid.NewGuid().ToString("N"), ["applicant"]);

    private static Task<HttpResponseMessage> FileEmployerAsync(HttpClient applicant, string name) =>
        applicant.PostAsJsonAsync("registry/employer-requests", EmployerRegistryTests.NewEmployer(name));

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];
}
