using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Applications;
using TalentHukou.Api.Cards;
using TalentHukou.Api.Input;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Applications;

/// <summary>
/// The handlers validate by the declared rules, through HTTP: at each field's maximum (in 𠀀, one code point and two
/// UTF-16 units) the field is not named, one more and the 400 names it. The lengths are read from the declarations.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class FieldRuleHttpTests(SharedHost shared)
{
    private const string Rare = "𠀀";

    private static readonly string[] SubmissionFields =
        ["applicant.name", "employerId", "education.schoolId", "education.majorId", "education.certificateNo"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Submit_FieldsAtMaxOrOneOver_NamedOnlyWhenOver(int over)
    {
        var applicant = await ApplicationFlows.ApplicantAsync(shared.Host);
        var body = new
        {
            applicant = new
            {
                name = Rare.Repeat(Domain.Identity.PersonName.MaximumLength + over),
                idNumber = "440106199003075128",
                phone = "13800138000",
                email = "a@b.cn",
            },
            employerId = Rare.Repeat(Max<ApplicationBody>("employerId") + over),
            education = new
            {
                schoolId = Rare.Repeat(Max<EducationBody>("schoolId") + over),
                majorId = Rare.Repeat(Max<EducationBody>("majorId") + over),
                degree = "master",
                graduationDate = "2018-07-01",
                certificateNo = "A".Repeat(Max<EducationBody>("certificateNo") + over),
            },
            approvalMode = "not-a-mode", // always refused, so nothing is ever stored
        };
        var problem = await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync("applications", body), HttpStatusCode.BadRequest, "validation-failed");
        ProblemAssert.NamesField(problem, "approvalMode");
        foreach (var field in SubmissionFields)
            Assert.True(over == 1 == problem.GetProperty("errors").TryGetProperty(field, out _),
                $"{field} at max+{over}: {problem}");
    }

    [Fact]
    public async Task CrossCheck_AtMaxPassesValidation_OneOverNamesEachField()
    {
        var psb = await shared.Host.ClientForAsync("psb-rules", ["psb"]);
        object Body(int over) => new
        {
            name = Rare.Repeat(Max<CrossCheckBody>("name") + over),
            idNumber = Rare.Repeat(Max<CrossCheckBody>("idNumber") + over),
            cardNumber = Rare.Repeat(Max<CrossCheckBody>("cardNumber") + over),
        };
        await ProblemAssert.IsProblemAsync(
            await psb.PostAsJsonAsync("psb/cross-checks", Body(0)), HttpStatusCode.NotFound, "psb-card-not-found");
        var problem = await ProblemAssert.IsProblemAsync(
            await psb.PostAsJsonAsync("psb/cross-checks", Body(1)), HttpStatusCode.BadRequest, "validation-failed");
        foreach (var field in new[] { "name", "idNumber", "cardNumber" }) ProblemAssert.NamesField(problem, field);
        var nameErrors = problem.GetProperty("errors").GetProperty("name").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(["长度应为1到64个字符"], nameErrors);
        // The input is never echoed, raw or escaped.
        Assert.DoesNotContain(Rare, problem.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("ud840", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ListApplications_PageSizeAtMaxOrOneOver_AnsweredOrNamed()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(shared.Host);
        var max = Paging.PageSize.Maximum!.Value;
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync($"applications?pageSize={max}")).StatusCode);
        var problem = await ProblemAssert.IsProblemAsync(await applicant.GetAsync($"applications?pageSize={max + 1}"),
            HttpStatusCode.BadRequest, "validation-failed");
        ProblemAssert.NamesField(problem, "pageSize");
    }

    private static int Max<TBody>(string field) =>
        FieldRules.Declared<TextFieldAttribute>(typeof(TBody), field).MaxLength;
}

internal static class Repeated
{
    public static string Repeat(this string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
