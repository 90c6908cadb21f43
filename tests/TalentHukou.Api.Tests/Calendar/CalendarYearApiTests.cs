using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Calendar;

/// <summary>
/// Years and notices through the local host: provisional years, the notice validation answers, who may publish, the
/// audit trail. Notices published here are for 2090, far from any deadline the shared host's other tests count.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class CalendarYearApiTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    private Task<HttpClient> AdminAsync(string sub = "calendar-admin") => Host.ClientForAsync(sub, ["admin"]);

    [Fact]
    public async Task GetYear_WithoutNotice_ProvisionalStatutoryDaysAndMakeUps()
    {
        var year = await Json.ReadAsync(await Host.Anonymous.GetAsync("calendar/2027"));
        Assert.Equal("statutory", year.Str("source"));
        Assert.True(year.GetProperty("provisional").GetBoolean());
        Assert.False(year.TryGetProperty("notice", out var notice) && notice.ValueKind != JsonValueKind.Null);
        var holidays = Ranges(year);
        Assert.Contains(("2027-01-01", "2027-01-03"), holidays);
        Assert.Contains(("2027-02-05", "2027-02-10"), holidays); // 除夕..初三 and 补假 for Sat 6, Sun 7
        Assert.Contains(("2027-05-01", "2027-05-04"), holidays);
        Assert.Contains(("2027-10-01", "2027-10-05"), holidays);
        Assert.Empty(year.GetProperty("workingWeekendDays").EnumerateArray());
    }

    [Fact]
    public async Task GetYear_SeedNotice_SourceNoticeWithReference()
    {
        var year = await Json.ReadAsync(await Host.Anonymous.GetAsync("calendar/2026"));
        Assert.Equal("notice", year.Str("source"));
        Assert.False(year.GetProperty("provisional").GetBoolean());
        Assert.Equal("2025-11-04", year.GetProperty("notice").Str("publishedOn"));
        Assert.Contains(("2026-02-15", "2026-02-23"), Ranges(year));
        Assert.Contains(
            "2026-02-14", year.GetProperty("workingWeekendDays").EnumerateArray().Select(d => d.GetString()));
    }

    [Theory]
    [InlineData("calendar/2024")]
    [InlineData("calendar/2101")]
    public async Task GetYear_OutsideTheLawsYears_400(string url) =>
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(
                await Host.Anonymous.GetAsync(url), HttpStatusCode.BadRequest, "validation-failed"),
            "year");

    [Fact]
    public async Task WorkingDays_IntoAYearWithoutNotice_ProvisionalAndStatutory()
    {
        var springFestival = await Json.ReadAsync(
            await Host.Anonymous.GetAsync("calendar/working-days?from=2027-02-04&add=1"));
        Assert.Equal("2027-02-11", springFestival.Str("date"));
        var within = await Json.ReadAsync(await Host.Anonymous.GetAsync("calendar/working-days?from=2026-12-01&add=5"));
        Assert.False(within.GetProperty("provisional").GetBoolean());
    }

    public static TheoryData<string, string, string> InvalidNotices => new()
    {
        // A statutory day left out: 中秋 2090 is 09-08.
        { Notice2090(holidays: Holidays2090().Where(r => r[0] != "2090-09-08").ToArray()), "holidays", "2090-09-08" },
        { Notice2090(working: ["2090-02-01"]), "workingWeekendDays[0]", "Saturday or Sunday" },
        { Notice2090(holidays: [.. Holidays2090(), ["2090-10-07", "2090-10-09"]]), "holidays[7]", "overlaps" },
        {
            Notice2090(holidays: [.. Holidays2090(), ["2090-12-31", "2090-12-30"]]),
            "holidays[7]",
            "ends before it starts"
        },
        { Notice2090(holidays: [.. Holidays2090(), ["2091-01-01", "2091-01-01"]]), "holidays[7]", "outside 2090" },
        { Notice2090(working: ["2089-11-25"]), "workingWeekendDays[0]", "outside 2090" },
    };

    [Theory]
    [MemberData(nameof(InvalidNotices))]
    public async Task Publish_InvalidNotice_422NamingWhatIsWrong(string body, string field, string detail)
    {
        var admin = await AdminAsync();
        var problem = await ProblemAssert.IsProblemAsync(await admin.PutAsync("admin/calendar/2090", JsonContent(body)),
            (HttpStatusCode)422, "calendar-notice-invalid");
        ProblemAssert.NamesField(problem, field);
        Assert.Contains(detail, problem.Str("detail"));
        Assert.Equal("statutory", (await Json.ReadAsync(await Host.Anonymous.GetAsync("calendar/2090"))).Str("source"));
    }

    [Theory]
    [InlineData("""{"holidays":[["2090-01-01","2090-01-01"]]}""", "notice.reference")]
    [InlineData("""{"notice":{"reference":"x"},"holidays":[["2090-01-01","2090-01-01"]]}""", "notice.publishedOn")]
    [InlineData("""{"notice":{"reference":"x","publishedOn":"2089-11-01"},"holidays":[]}""", "holidays")]
    [InlineData(
        """{"notice":{"reference":"x","publishedOn":"2089-11-01"},"holidays":[["2090-01-01"]]}""",
        "holidays[0]")]
    public async Task Publish_IncompleteBody_400(string body, string field)
    {
        var admin = await AdminAsync();
        var problem = await ProblemAssert.IsProblemAsync(await admin.PutAsync("admin/calendar/2090", JsonContent(body)),
            HttpStatusCode.BadRequest, "validation-failed");
        ProblemAssert.NamesField(problem, field);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2101)]
    public async Task Publish_YearOutsideTheLaw_400(int year)
    {
        var admin = await AdminAsync();
        var response = await admin.PutAsync($"admin/calendar/{year}", JsonContent(Notice2090()));
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed"), "year");
    }

    [Theory]
    [InlineData("ops")]
    [InlineData("applicant")]
    [InlineData("registry-admin")]
    public async Task Publish_NonAdmin_403AndNothingChanges(string role)
    {
        var caller = await Host.ClientForAsync("calendar-" + role, [role]);
        await ProblemAssert.IsProblemAsync(await caller.PutAsync("admin/calendar/2090", JsonContent(Notice2090())),
            HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(
            await Host.Anonymous.PutAsync("admin/calendar/2090", JsonContent(Notice2090())),
            HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Publish_ValidNotice_ServedAtOnceCountedAndAudited()
    {
        var admin = await AdminAsync("calendar-publisher");
        var dryRun = await Json.ReadAsync(
            await admin.PutAsync("admin/calendar/2090", JsonContent(Notice2090(dryRun: true))));
        Assert.Equal("notice", dryRun.Str("source"));
        Assert.Equal("statutory", (await Json.ReadAsync(await Host.Anonymous.GetAsync("calendar/2090"))).Str("source"));

        var published = await Json.ReadAsync(await admin.PutAsync("admin/calendar/2090", JsonContent(Notice2090())));
        Assert.Equal("notice", published.Str("source"));
        Assert.Equal("国办发明电〔2089〕7号", published.GetProperty("notice").Str("reference"));

        var year = await Json.ReadAsync(await Host.Anonymous.GetAsync("calendar/2090"));
        Assert.False(year.GetProperty("provisional").GetBoolean());
        Assert.Equal(published.Str("calendarVersion"), year.Str("calendarVersion"));
        // Saturday 2090-01-28 is worked (调休) under the notice; Friday 2090-01-27 → Saturday.
        var next = await Json.ReadAsync(await Host.Anonymous.GetAsync("calendar/working-days?from=2090-01-27&add=1"));
        Assert.Equal("2090-01-28", next.Str("date"));
        Assert.False(next.GetProperty("provisional").GetBoolean());

        var audit = await Json.ReadAsync(await admin.GetAsync("ops/audit?target=calendar%2F2090"));
        var entry = audit.GetProperty("items").EnumerateArray().First();
        Assert.Equal("calendar-publish", entry.Str("action"));
        Assert.Equal("calendar-publisher", entry.Str("actor"));
        Assert.Contains("国办发明电〔2089〕7号", entry.Str("detail"));
    }

    /// <summary>
    /// A plausible 2090 notice: 元旦 Sun Jan 1 (Mon 2 off), 春节 from 除夕 Sun Jan 29 to Thu Feb 2 with Saturday
    /// Jan 28 worked, 清明 Tue Apr 4, 劳动节, 端午 Fri Jun 2, 中秋 Fri Sep 8, 国庆.
    /// </summary>
    private static string[][] Holidays2090() =>
    [
        ["2089-12-31", "2090-01-02"], ["2090-01-29", "2090-02-04"], ["2090-04-02", "2090-04-04"],
        ["2090-05-01", "2090-05-05"], ["2090-06-02", "2090-06-04"], ["2090-09-08", "2090-09-10"],
        ["2090-10-01", "2090-10-07"],
    ];

    private static string Notice2090(string[][]? holidays = null, string[]? working = null, bool dryRun = false) =>
        JsonSerializer.Serialize(new
        {
            notice = new { reference = "国办发明电〔2089〕7号", publishedOn = "2089-11-06" },
            holidays = holidays ?? Holidays2090(),
            workingWeekendDays = working ?? ["2090-01-28", "2090-10-08"],
            dryRun,
        });

    private static StringContent JsonContent(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    private static List<(string, string)> Ranges(JsonElement year) =>
        year.GetProperty("holidays").EnumerateArray().Select(r => (r[0].GetString()!, r[1].GetString()!)).ToList();
}
