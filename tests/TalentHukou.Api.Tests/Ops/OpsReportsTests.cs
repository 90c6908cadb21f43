using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Ops;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Cases.Timeline;

namespace TalentHukou.Api.Tests.Ops;

/// <summary>
/// Export, histogram and paging of the instance list; CSV cells neutralised; decoded payloads masked.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class OpsReportsTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("application-A1", "application-A1")]
    public void Cell_FormulaLike_Neutralised(string value, string expected) =>
        Assert.Equal(expected, CsvCells.Cell(value));

    [Fact]
    public void Decode_NestedJsonStrings_FlatMaskedFieldsWithoutSignatures()
    {
        var inner = JsonSerializer.Serialize(new
        {
            applicant = new { name = "李小龙", idNumber = "440106199001011234", phone = "13800138000" },
            employer = new { name = "广州示范有限公司" },
            card = new { number = "R2600000000105", signature = "c2lnbmF0dXJl", holderDigest = "abc" },
        });
        var fields = PayloadFields.Decode(JsonSerializer.Serialize(inner), "input");
        Assert.Equal("李**", fields["input.applicant.name"]);
        Assert.Equal("4401**********1234", fields["input.applicant.idNumber"]);
        Assert.Equal("138****8000", fields["input.applicant.phone"]);
        Assert.Equal("广州示范有限公司", fields["input.employer.name"]);
        Assert.Equal("R26*********05", fields["input.card.number"]);
        Assert.DoesNotContain(
            fields.Keys,
            k => k.Contains("signature", StringComparison.Ordinal) || k.Contains("Digest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportHistogramAndList_FiltersPagingAndScanRange()
    {
        var ops = await Host.ClientForAsync("ops-reports", ["ops"]);
        var csv = await ops.GetAsync("ops/instances/export?format=csv&runtimeStatus=not-completed");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith(
            "instanceId,name,runtimeStatus,createdAt", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(",Completed,", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var json = await ops.GetFromJsonAsync<JsonElement>("ops/instances/export?format=json&stage=publicity");
        Assert.Equal(31, json.GetProperty("scan").GetProperty("maxDays").GetInt32());
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.Equal("publicity", i.Str("stage")));

        var first = await ops.GetFromJsonAsync<JsonElement>("ops/instances?pageSize=1");
        Assert.True(first.GetProperty("items").GetArrayLength() <= 1);
        if (first.GetProperty("continuationToken").ValueKind == JsonValueKind.String)
        {
            var next = await ops.GetAsync(
                "ops/instances?pageSize=1&continuationToken=" + Uri.EscapeDataString(first.Str("continuationToken")));
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        }

        var histogram = await ops.GetFromJsonAsync<JsonElement>("ops/instances/histogram?bucket=day");
        Assert.Equal(7, histogram.GetProperty("buckets").GetArrayLength());
        await ProblemAssert.IsProblemAsync(
            await ops.GetAsync("ops/instances/histogram?from=2026-01-01&to=2026-06-01"),
            HttpStatusCode.BadRequest,
            "validation-failed");
        await ProblemAssert.IsProblemAsync(
            await ops.GetAsync("ops/instances/export?format=xml"), HttpStatusCode.BadRequest, "validation-failed");
        var applicant = await Host.ClientForAsync("x", ["applicant"]);
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync("ops/instances/export"), HttpStatusCode.Forbidden, "forbidden");
    }
}
