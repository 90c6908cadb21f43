using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Registry;

[Collection(SharedHostCollection.Name)]
public class EmployerRequestValidationTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    public static TheoryData<string> ValidCodes => new()
    {
        "91350100M000100Y43",
        CreditCodes.WithCheck("12440100MB2C3D4E5"),
        CreditCodes.WithCheck("11440100000000000"),
    };

    [Theory]
    [MemberData(nameof(ValidCodes))]
    public async Task CreditCode_Valid_Accepted(string code)
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var response = await applicant.PostAsJsonAsync(
            "registry/employer-requests",
            EmployerRegistryTests.NewEmployer("广州代码有效示范有限公司" + Guid.NewGuid().ToString("N")[..6], code));
        Assert.True(
            response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.Conflict,
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("91440101AY4CL12TH")]    // too short
    [InlineData("91440101AY4CL12THNN")]  // too long
    [InlineData("91440101AY4CL12THO")]   // O is not in the charset
    [InlineData("91440101AY4CL12THM")]   // wrong check character
    [InlineData("91440101YA4CL12THN")]   // two characters swapped
    [InlineData("91440101AY4CL12TIN")]   // I is not in the charset
    [InlineData("")]
    public async Task CreditCode_Corrupted_RefusedNamingTheField(string code)
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var response = await applicant.PostAsJsonAsync(
            "registry/employer-requests", EmployerRegistryTests.NewEmployer("广州代码无效示范有限公司", code));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed"), "creditCode");
    }

    [Fact]
    public async Task AddRequest_EveryFieldInvalid_EachFieldNamed()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var response = await applicant.PostAsJsonAsync("registry/employer-requests", new
        {
            action = "rename",
            name = "",
            creditCode = "x",
            kind = "company",
            district = "shenzhen",
            address = "",
            contactName = "1",
            contactPhone = "12345",
        });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed");
        foreach (var field in new[]
            { "action", "name", "creditCode", "kind", "district", "address", "contactName", "contactPhone" })
            ProblemAssert.NamesField(problem, field);
    }

    [Fact]
    public async Task AddRequest_WrongJsonType_NamesTheField()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var response = await applicant.PostAsync(
            "registry/employer-requests",
            new StringContent("{\"action\":\"add\",\"name\":42}", System.Text.Encoding.UTF8, "application/json"));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid-json"), "name");
    }

    [Fact]
    public async Task AddRequest_SasacKindForUnlistedUnit_Refused()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var response = await applicant.PostAsJsonAsync(
            "registry/employer-requests", EmployerRegistryTests.NewEmployer("广州普通示范有限公司", kind: "sasac-soe"));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed"), "kind");
    }

    [Fact]
    public async Task ModifyRequest_UnknownEmployer_NotFound()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var body = new
        {
            action = "modify",
            employerId = "E-NOPE",
            name = "广州不存在有限公司",
            creditCode = CreditCodes.NewEnterprise(),
            kind = "enterprise",
            district = "tianhe",
            address = "广州市天河区1号",
            contactName = "张伟",
            contactPhone = "13912345678",
        };
        await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync("registry/employer-requests", body),
            HttpStatusCode.NotFound,
            "employer-not-found");
    }
}
