using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public class CorrectionTests(JourneyHost fixture)
{
    private LocalHostUnderTest Host => fixture.Host;

    private static readonly object[] FixCertificate =
    [
        new { field = "education.certificateNo", note = "证书编号与学信网记录不一致" },
        new { material = "degreeCertificate", note = "请上传清晰的学位证书扫描件" },
    ];

    [Fact]
    public async Task Return_CorrectWithMaterial_ResubmittedAndApproved()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        await CorrectionFlows.WaitingAtReviewAsync(applicant, id);
        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "tianhe");
        await ProblemAssert.IsProblemAsync(await applicant.PostAsJsonAsync($"applications/{id}/correction",
            new { education = new { certificateNo = "105581201805009999" } }), HttpStatusCode.Conflict, "wrong-stage");

        var returned = await CorrectionFlows.ReturnAsync(reviewer, applicant, id, FixCertificate);
        Assert.Equal(1, returned.GetProperty("returnCount").GetInt32());
        Assert.True(
            returned.GetProperty("correctionDueBy").GetDateTimeOffset()
                > returned.GetProperty("return").GetProperty("returnedAt").GetDateTimeOffset());
        Assert.Equal("hrss-review", returned.GetProperty("return").Str("fromStage"));
        await Eventually.TrueAsync(
            async () => await Host.OutboxAsync($"application/{id}/returned-1") is not null,
            "the return e-mail is queued");
        var stranger = await ApplicationFlows.ApplicantAsync(Host);
        await ProblemAssert.IsProblemAsync(
            await stranger.PostAsJsonAsync(
                $"applications/{id}/correction", new { education = new { certificateNo = "105581201805009999" } }),
            HttpStatusCode.NotFound,
            "application-not-found");
        var invalid = await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync(
                $"applications/{id}/correction", new { education = new { graduationDate = "2099-01-01" } }),
            HttpStatusCode.BadRequest,
            "validation-failed");
        ProblemAssert.NamesField(invalid, "education.graduationDate");

        var correction = Multipart.Form(
            new
            {
                correction = JsonSerializer.Serialize(new { education = new { certificateNo = "105581201805009999" } })
            },
            Multipart.Pdf("degreeCertificate"));
        var corrected = await applicant.PostAsync($"applications/{id}/correction", correction);
        Assert.Equal(HttpStatusCode.Accepted, corrected.StatusCode);
        var resumed = await CorrectionFlows.WaitingAtReviewAsync(applicant, id);
        Assert.Equal("105581201805009999", resumed.GetProperty("education").Str("certificateNo"));
        Assert.Single(resumed.GetProperty("materials").EnumerateArray());
        Assert.True(
            resumed.GetProperty("dueBy").GetDateTimeOffset()
                > returned.GetProperty("correctionDueBy").GetDateTimeOffset().AddDays(-30));
        var events = resumed.GetProperty("timeline").EnumerateArray().Select(t => t.Str("event")).ToList();
        Assert.Equal(
            ["returned", "corrected", "resubmitted"],
            events.Where(e => e is "returned" or "corrected" or "resubmitted"));
        await Eventually.TrueAsync(
            async () => await Host.OutboxAsync($"application/{id}/resubmitted-1") is not null,
            "the resubmission e-mail is queued");

        await Json.PostOkAsync(
            reviewer,
            $"applications/{id}/review",
            new { approve = true, reason = "材料齐全" },
            HttpStatusCode.Accepted);
        await Eventually.GetJsonAsync(
            applicant, $"applications/{id}", a => a.Str("stage") is "publicity" or "awaiting-card");
    }

    [Fact]
    public async Task Return_FourthTime_409_AndBadItems400_AndOtherScope404()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        await CorrectionFlows.WaitingAtReviewAsync(applicant, id);
        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "tianhe");
        var other = await ApplicationFlows.ReviewerAsync(Host, "haizhu");
        await ProblemAssert.IsProblemAsync(
            await other.PostAsJsonAsync($"applications/{id}/return", new { items = FixCertificate }),
            HttpStatusCode.NotFound,
            "application-not-found");
        var bad = await ProblemAssert.IsProblemAsync(
            await reviewer.PostAsJsonAsync(
                $"applications/{id}/return",
                new
                {
                    items = new object[]
                    {
                        new { field = "applicant.idNumber", note = "身份证号有误" }, new { note = "缺少内容" }
                    }
                }),
            HttpStatusCode.BadRequest,
            "validation-failed");
        ProblemAssert.NamesField(bad, "items[0].field");
        ProblemAssert.NamesField(bad, "items[1]");

        for (var round = 1; round <= 3; round++)
        {
            await CorrectionFlows.ReturnAsync(
                reviewer, applicant, id, [new { field = "applicant.phone", note = "联系电话无法接通" }]);
            await Json.PostOkAsync(
                applicant,
                $"applications/{id}/correction",
                new { applicant = new { phone = "13900139000" } },
                HttpStatusCode.Accepted);
            await Eventually.GetJsonAsync(applicant, $"applications/{id}",
                a => a.Str("stage") == "hrss-review"
                    && a.GetProperty("returnCount").GetInt32() == round
                    && a.Str("dueBy") != "");
        }
        var problem = await ProblemAssert.IsProblemAsync(await reviewer.PostAsJsonAsync($"applications/{id}/return",
            new { items = FixCertificate }), HttpStatusCode.Conflict, "too-many-returns");
        Assert.Equal(3, problem.GetProperty("returnCount").GetInt32());
        Assert.Equal(
            "139****9000",
            (await applicant.GetFromJsonAsync<JsonElement>($"applications/{id}"))
                .GetProperty("applicant").Str("phone"));
    }

    [Fact]
    public async Task UnitAdmin_ReturnsAtUnitReview_CorrectionBackToUnitReview_ReviewerCannotReturnThere()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-GOV", "manual");
        await CorrectionFlows.WaitingAtReviewAsync(applicant, id, "unit-review");
        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "city");
        Assert.NotEqual(
            HttpStatusCode.Accepted,
            (await reviewer.PostAsJsonAsync($"applications/{id}/return", new { items = FixCertificate })).StatusCode);
        var unitAdmin = await Host.ClientForAsync("unit-admin-gov-correction", ["unit-admin"], unit: "E-DEMO-GOV");

        var returned = await CorrectionFlows.ReturnAsync(
            unitAdmin, applicant, id, [new { field = "applicant.name", note = "姓名与劳动合同不一致" }]);
        Assert.Equal("unit-review", returned.GetProperty("return").Str("fromStage"));
        await Json.PostOkAsync(
            applicant,
            $"applications/{id}/correction",
            new { applicant = new { name = "李晓龙" } },
            HttpStatusCode.Accepted);
        var resumed = await CorrectionFlows.WaitingAtReviewAsync(applicant, id, "unit-review");
        Assert.Equal("李晓龙", resumed.GetProperty("applicant").Str("name"));
        await Json.PostOkAsync(
            unitAdmin,
            $"applications/{id}/unit-review",
            new { approve = true, reason = "同意" },
            HttpStatusCode.Accepted);
        await Eventually.GetJsonAsync(applicant, $"applications/{id}", a => a.Str("stage") == "hrss-review");
    }

    [Fact]
    public async Task Withdraw_WhileReturned_Withdrawn()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        await CorrectionFlows.WaitingAtReviewAsync(applicant, id);
        await CorrectionFlows.ReturnAsync(
            await ApplicationFlows.ReviewerAsync(Host, "tianhe"), applicant, id, FixCertificate);
        var withdrawn = await Json.PostOkAsync(
            applicant, $"applications/{id}/withdraw", new { reason = "不再申请" }, HttpStatusCode.OK);
        Assert.Equal("withdrawn", withdrawn.Str("stage"));
    }
}
