using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Applications;

[Collection(SharedHostCollection.Name)]
public class ApplicationValidationTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task Submit_EveryFieldInvalid_EachFieldNamed()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var response = await applicant.PostAsJsonAsync("applications", new
        {
            applicant = new { name = "A1", idNumber = "440106199501011230", phone = "1234", email = "nope" },
            employerId = "",
            education = new
            {
                schoolId = "",
                majorId = "",
                degree = "phd",
                graduationDate = "2031-13-01",
                certificateNo = "!!"
            },
            approvalMode = "auto",
        });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed");
        foreach (var field in new[]
        {
            "applicant.name", "applicant.idNumber", "applicant.phone", "applicant.email", "employerId",
            "education.schoolId", "education.majorId", "education.degree", "education.graduationDate",
            "education.certificateNo", "approvalMode"
        })
            ProblemAssert.NamesField(problem, field);
    }

    [Fact]
    public async Task Submit_UnknownEmployerOrMajor_FieldsNamed()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var body = new
        {
            applicant = new
            {
                name = "李小龙",
                idNumber = VerifiedIdentities.Of(applicant),
                phone = "13800138000",
                email = "a@b.cn"
            },
            employerId = "E-NOT-THERE",
            education = new
            {
                schoolId = "S-NOPE",
                majorId = "M-NOPE",
                degree = "bachelor",
                graduationDate = "2018-07-01",
                certificateNo = "1234567"
            },
            approvalMode = "manual",
        };
        var problem = await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync("applications", body), HttpStatusCode.BadRequest, "validation-failed");
        ProblemAssert.NamesField(problem, "employerId");
        ProblemAssert.NamesField(problem, "education.majorId");
    }

    [Fact]
    public async Task Submit_SameIdNumberTwice_409WithTheExistingIdForItsOwner()
    {
        var idNumber = IdNumbers.New();
        var applicant = await ApplicationFlows.ApplicantAsync(Host, idNumber);
        var (first, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        var again = await applicant.PostAsJsonAsync(
            "applications", await ApplicationFlows.BodyAsync(applicant, "E-DEMO-HAIZHU", "smart", idNumber));
        Assert.Equal(
            first,
            (await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "duplicate-application"))
                .Str("applicationId"));
        var stranger = await ApplicationFlows.ApplicantAsync(Host, idNumber); // the same person under another account
        var theirs = await stranger.PostAsJsonAsync(
            "applications", await ApplicationFlows.BodyAsync(stranger, "E-DEMO-TECH", "manual", idNumber));
        Assert.Equal(
            "",
            (await ProblemAssert.IsProblemAsync(theirs, HttpStatusCode.Conflict, "duplicate-application"))
                .Str("applicationId"));
    }

    [Fact]
    public async Task Get_ProvincialId_Q5Message()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var problem = await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync("applications/GD2026000123"),
            HttpStatusCode.NotFound,
            "provincial-application");
        Assert.Equal("该业务在广东省人力资源和社会保障厅人才引进入户申办系统办理,请在该系统查询", problem.Str("title"));
    }

    [Fact]
    public async Task Get_AnotherApplicantsApplication_404()
    {
        var owner = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(owner, "E-DEMO-TECH", "manual");
        var other = await ApplicationFlows.ApplicantAsync(Host);
        await ProblemAssert.IsProblemAsync(
            await other.GetAsync($"applications/{id}"), HttpStatusCode.NotFound, "application-not-found");
    }

    [Fact]
    public async Task SmartPath_AssociateDegree_RejectedByTheChecks()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var body = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart", degree: "associate");
        var id = (await Json.PostOkAsync(applicant, "applications", body, HttpStatusCode.Accepted))
            .Str("applicationId");
        var rejected = await ApplicationFlows.AtStageAsync(applicant, id, "rejected");
        Assert.Contains("人工审批", rejected.Str("reason"));
    }
}
