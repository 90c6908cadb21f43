using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Calendar;

/// <summary>
/// Open deadlines follow a published notice (issue #22 item 3, ADR 0022), through the local host on Azurite with the
/// business clock accelerated. Each test owns a year (2027, 2031, 2033, 2037, 2039) so their notices and counts stay
/// apart.
/// </summary>
public class DeadlineRearmTests(RearmHost fixture) : IClassFixture<RearmHost>
{
    private LocalHostUnderTest Host => fixture.Host;

    [Fact]
    public async Task Publish_NoticeAddsDaysOffDuringPublicity_EndMovesLaterOnTimelineByEmailAndTimer()
    {
        // From the first minutes of Monday 28 December 2026 at 40000× (a business day in about 2 s): the publicity
        // starts on a working day from the 29th to 4 January (as busy as the machine is) and ends some 15 s later,
        // counting days of 2027, a provisional year (statutory days only: Friday 1 January off, Monday the 4th worked).
        var email = $"rearm-{Guid.NewGuid():N}@example.cn";
        var applicant = await YoungApplicantAsync();
        var body = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart", email: email);
        await SetClockAsync("2026-12-28T00:30:00+08:00", 40000);
        var accepted = await Json.PostOkAsync(applicant, "applications", body, HttpStatusCode.Accepted);
        var id = accepted.Str("applicationId");
        var publicity = (await InPublicityAsync(applicant, id)).GetProperty("publicity");
        var start = publicity.Str("start");
        // Counted by hand from each possible first day: under the statutory calendar, and with 4 January off too.
        var statutoryEnd = new Dictionary<string, string>
        {
            ["2026-12-29"] = "2027-01-05",
            ["2026-12-30"] = "2027-01-06",
            ["2026-12-31"] = "2027-01-07",
            ["2027-01-04"] = "2027-01-08",
        };
        var noticeEnd = new Dictionary<string, string>
        {
            ["2026-12-29"] = "2027-01-06",
            ["2026-12-30"] = "2027-01-07",
            ["2026-12-31"] = "2027-01-08",
            ["2027-01-04"] = "2027-01-11",
        };
        Assert.Equal(statutoryEnd[start], publicity.Str("end"));
        Assert.True(publicity.GetProperty("endProvisional").GetBoolean());

        var admin = await Host.ClientForAsync("rearm-admin", ["admin"]);
        var notice = await NoticeAsync(2027, "国办发明电〔2026〕17号", days => Replace(days, "2027-01-01", "2027-01-04"));
        var dryRun = await DryRunUntilCountedAsync(admin, 2027, notice);
        Assert.Equal((1, 1, 0, 0), Moves(dryRun));
        Assert.Equal(statutoryEnd[start], (await GetAsync(applicant, id)).GetProperty("publicity").Str("end"));

        (await admin.PutAsJsonAsync("admin/calendar/2027", notice)).EnsureSuccessStatusCode();

        var moved = await Eventually.GetJsonAsync(applicant, $"applications/{id}",
            a => a.GetProperty("publicity").Str("end") == noticeEnd[start], 30);
        var entry = Assert.Single(moved.GetProperty("timeline").EnumerateArray(),
            t => t.Str("event") == "deadline-moved");
        Assert.Equal("publicity", entry.GetProperty("moved").Str("deadline"));
        Assert.Equal("国办发明电〔2026〕17号", entry.GetProperty("moved").Str("reference"));
        Assert.Equal(EndsAt(statutoryEnd[start]), entry.GetProperty("moved").GetProperty("from").GetDateTimeOffset());
        Assert.Equal(EndsAt(noticeEnd[start]), entry.GetProperty("moved").GetProperty("to").GetDateTimeOffset());
        Assert.NotEqual(JsonValueKind.True, moved.GetProperty("publicity").GetProperty("endProvisional").ValueKind);
        var mail = await fixture.MailToAsync(email,
            m => m.Subject?.Contains("公示结束日期调整", StringComparison.Ordinal) == true);
        Assert.Contains(noticeEnd[start], mail.TextBody ?? mail.HtmlBody, StringComparison.Ordinal);

        // The timer moved too: publicity ends at the new end, not the old one.
        var ended = await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card", 60);
        var endedAt = ended.GetProperty("timeline").EnumerateArray().Single(t => t.Str("event") == "publicity-ended")
            .GetProperty("at").GetDateTimeOffset();
        Assert.True(endedAt >= EndsAt(noticeEnd[start]), $"publicity ended at {endedAt:O}");
    }

    [Fact]
    public async Task Publish_NoticeAddsMakeUpWorkingDay_StaffSlaEarlierAnnouncedPublicityEndKept()
    {
        // Monday 30 December 2030 at 60×: nothing falls due during the test. 元旦 2031 is a Wednesday.
        await SetClockAsync("2030-12-30T09:00:00+08:00", 60);
        var applicant = await YoungApplicantAsync();
        var (reviewed, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var atReview = await Eventually.GetJsonAsync(applicant, $"applications/{reviewed}",
            a => a.Str("stage") == "hrss-review" && a.GetProperty("dueBy").ValueKind == JsonValueKind.String);
        Assert.Equal(EndsAt("2031-01-07"), atReview.GetProperty("dueBy").GetDateTimeOffset());
        var publicized = await YoungApplicantAsync();
        var (inPublicity, _) = await ApplicationFlows.SubmitAsync(publicized, "E-DEMO-TECH", "smart");
        Assert.Equal("2031-01-07",
            (await InPublicityAsync(publicized, inPublicity)).GetProperty("publicity").Str("end"));

        // Saturday 4 January 2031 worked (调休): both counts would end on Monday the 6th.
        var admin = await Host.ClientForAsync("rearm-admin", ["admin"]);
        var notice = await NoticeAsync(2031, "国办发明电〔2030〕9号", days => days, working: ["2031-01-04"]);
        var dryRun = await DryRunUntilCountedAsync(admin, 2031, notice, expected: 2);
        Assert.Equal((1, 0, 1, 1), Moves(dryRun));
        (await admin.PutAsJsonAsync("admin/calendar/2031", notice)).EnsureSuccessStatusCode();

        var earlier = await Eventually.GetJsonAsync(applicant, $"applications/{reviewed}",
            a => a.GetProperty("dueBy").GetDateTimeOffset() == EndsAt("2031-01-06"), 30);
        var entry = Assert.Single(earlier.GetProperty("timeline").EnumerateArray(),
            t => t.Str("event") == "deadline-moved");
        Assert.Equal("review-sla", entry.GetProperty("moved").Str("deadline"));
        Assert.Equal("hrss-review", earlier.Str("stage"));
        // The second sweep has run (twice the 1 s refresh interval) and the publicity end was announced: it stays.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var kept = await GetAsync(publicized, inPublicity);
        Assert.Equal("2031-01-07", kept.GetProperty("publicity").Str("end"));
        Assert.DoesNotContain(kept.GetProperty("timeline").EnumerateArray(), t => t.Str("event") == "deadline-moved");
    }

    [Fact]
    public async Task Publish_PublicityAlreadyEnded_NotTouchedNorCounted()
    {
        // Monday 27 December 2032 at 100000×: the publicity ends 4 January 2033 (元旦 a Saturday, 补假 Monday the 3rd).
        await SetClockAsync("2032-12-27T09:00:00+08:00", 100000);
        var applicant = await YoungApplicantAsync();
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
        var ended = await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card", 60);
        var end = ended.GetProperty("publicity").Str("end");

        var admin = await Host.ClientForAsync("rearm-admin", ["admin"]);
        var notice = await NoticeAsync(2033, "国办发明电〔2032〕5号", days => Replace(days, "2033-01-01", "2033-01-07"));
        var dryRun = await Json.ReadAsync(await admin.PutAsJsonAsync("admin/calendar/2033", WithDryRun(notice)));
        Assert.Equal((0, 0, 0, 0), Moves(dryRun));
        (await admin.PutAsJsonAsync("admin/calendar/2033", notice)).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(3)); // both sweeps

        var after = await GetAsync(applicant, id);
        Assert.Equal(end, after.GetProperty("publicity").Str("end"));
        Assert.DoesNotContain(after.GetProperty("timeline").EnumerateArray(), t => t.Str("event") == "deadline-moved");
    }

    [Fact]
    public async Task Publish_NoticeAddsMakeUpWorkingDay_RegistrySlaDueByEarlierOnItsGet()
    {
        // Friday 2 January 2037 at 60×: the 1-working-day SLA counts to Monday the 5th (2037 provisional, 元旦 a
        // Thursday); nothing falls due during the test.
        await SetClockAsync("2037-01-02T09:00:00+08:00", 60);
        var requester = await Host.ClientForAsync("rearm-registry-" + Guid.NewGuid().ToString("N")[..8], ["applicant"]);
        var employer = Registry.EmployerRegistryTests.NewEmployer("广州调休示范有限公司" + Random.Shared.Next(1000, 9999));
        var id = (await Json.PostOkAsync(requester, "registry/employer-requests", employer, HttpStatusCode.Accepted))
            .Str("requestId");
        var filed = await Eventually.GetJsonAsync(requester, $"registry/requests/{id}", _ => true);
        Assert.Equal(EndsAt("2037-01-05"), filed.GetProperty("dueBy").GetDateTimeOffset());

        // Saturday 3 January 2037 worked (调休): the SLA, a staff deadline, falls due that day instead.
        var earlier = await PublishMakeUpDayAsync(2037, "国办发明电〔2036〕3号", "2037-01-03",
            requester, $"registry/requests/{id}", EndsAt("2037-01-03"));
        Assert.Equal("pending", earlier.Str("status"));
        Assert.False(earlier.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Publish_NoticeAddsMakeUpWorkingDay_OpenTicketDueByEarlierOnItsGet()
    {
        // Friday 7 January 2039 at 60×: the 3-working-day SLA counts to Wednesday the 12th; nothing falls due during
        // the test.
        await SetClockAsync("2039-01-07T09:00:00+08:00", 60);
        var author = await Host.ClientForAsync("rearm-ticket-" + Guid.NewGuid().ToString("N")[..8], ["applicant"]);
        var id = (await Tickets.FileAsync(author)).Str("ticketId");
        var filed = await Eventually.GetJsonAsync(author, $"support/tickets/{id}",
            t => t.GetProperty("dueBy").ValueKind == JsonValueKind.String);
        Assert.Equal(EndsAt("2039-01-12"), filed.GetProperty("dueBy").GetDateTimeOffset());

        // Saturday 8 January 2039 worked (调休): the round's SLA, a staff deadline, falls due a day earlier.
        var earlier = await PublishMakeUpDayAsync(2039, "国办发明电〔2038〕7号", "2039-01-08",
            author, $"support/tickets/{id}", EndsAt("2039-01-11"));
        Assert.Equal("open", earlier.Str("status"));
        Assert.False(earlier.GetProperty("overdue").GetBoolean());
    }

    [Theory]
    [InlineData("ops")]
    [InlineData("reviewer")]
    public async Task DryRun_NonAdmin_403(string role)
    {
        var caller = await Host.ClientForAsync("rearm-" + role, [role]);
        var notice = await NoticeAsync(2035, "国办发明电〔2034〕1号", days => days);
        await ProblemAssert.IsProblemAsync(await caller.PutAsJsonAsync("admin/calendar/2035", WithDryRun(notice)),
            HttpStatusCode.Forbidden, "forbidden");
    }

    /// <summary>
    /// Publishes a notice of <paramref name="year"/> that makes <paramref name="workingDay"/> a working day, once
    /// its dry run counts the one open staff deadline moving earlier; answers <paramref name="path"/> once its
    /// <c>dueBy</c> is <paramref name="dueBy"/>.
    /// </summary>
    private async Task<JsonElement> PublishMakeUpDayAsync(
        int year, string reference, string workingDay, HttpClient reader, string path, DateTimeOffset dueBy)
    {
        var admin = await Host.ClientForAsync("rearm-admin", ["admin"]);
        var notice = await NoticeAsync(year, reference, days => days, working: [workingDay]);
        var dryRun = await DryRunUntilCountedAsync(admin, year, notice);
        Assert.Equal((1, 0, 1, 0), Moves(dryRun));
        (await admin.PutAsJsonAsync($"admin/calendar/{year}", notice)).EnsureSuccessStatusCode();
        return await Eventually.GetJsonAsync(
            reader, path, r => r.GetProperty("dueBy").GetDateTimeOffset() == dueBy, 60);
    }

    /// <summary>An applicant still under 40 (the smart path's limit) in the 2030s these tests reach.</summary>
    private Task<HttpClient> YoungApplicantAsync() =>
        ApplicationFlows.ApplicantAsync(Host, IdNumbers.New(new DateOnly(1997, 6, 1)));

    private async Task SetClockAsync(string businessNow, int acceleration) =>
        (await Host.Anonymous.PostAsJsonAsync("dev/clock", new { businessNow, acceleration }))
            .EnsureSuccessStatusCode();

    private static Task<JsonElement> InPublicityAsync(HttpClient client, string id) =>
        Eventually.GetJsonAsync(client, $"applications/{id}",
            a => a.GetProperty("publicity").ValueKind == JsonValueKind.Object);

    private static DateTimeOffset EndsAt(string day) => DateTimeOffset.Parse(day + "T17:30:00+08:00");

    private static Task<JsonElement> GetAsync(HttpClient client, string id) =>
        Eventually.GetJsonAsync(client, $"applications/{id}", _ => true);

    /// <summary>
    /// A notice for <paramref name="year"/>: its statutory days as the provisional year has them, edited.
    /// </summary>
    private async Task<Dictionary<string, object>> NoticeAsync(
        int year, string reference, Func<List<string[]>, List<string[]>> edit, string[]? working = null)
    {
        var provisional = await Json.ReadAsync(await Host.Anonymous.GetAsync($"calendar/{year}"));
        var days = provisional.GetProperty("holidays").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(d => d.GetString()!).ToArray()).ToList();
        return new Dictionary<string, object>
        {
            ["notice"] = new { reference, publishedOn = $"{year - 1}-11-10" },
            ["holidays"] = edit(days),
            ["workingWeekendDays"] = working ?? [],
        };
    }

    /// <summary>The range starting on <paramref name="from"/> now ends on <paramref name="to"/>.</summary>
    private static List<string[]> Replace(List<string[]> days, string from, string to) =>
        days.Select(r => r[0] == from ? new[] { from, to } : r).ToList();

    private static Dictionary<string, object> WithDryRun(Dictionary<string, object> notice) =>
        new(notice) { ["dryRun"] = true };

    /// <summary>
    /// A dry run, repeated until the waits under way have published their deadlines (a moment after the stage).
    /// </summary>
    private static async Task<JsonElement> DryRunUntilCountedAsync(
        HttpClient admin, int year, Dictionary<string, object> notice, int expected = 1)
    {
        JsonElement answer = default;
        await Eventually.TrueAsync(async () =>
        {
            answer = await Json.ReadAsync(await admin.PutAsJsonAsync($"admin/calendar/{year}", WithDryRun(notice)));
            var counts = answer.GetProperty("openDeadlines");
            return counts.GetProperty("wouldMove").GetInt32() + counts.GetProperty("unchanged").GetInt32() >= expected;
        }, "the open deadlines counted", 60);
        return answer;
    }

    private static (int WouldMove, int Later, int Earlier, int Unchanged) Moves(JsonElement answer)
    {
        var c = answer.GetProperty("openDeadlines");
        return (c.GetProperty("wouldMove").GetInt32(), c.GetProperty("later").GetInt32(),
            c.GetProperty("earlier").GetInt32(), c.GetProperty("unchanged").GetInt32());
    }
}

/// <summary>The re-arm tests' own host: notices it publishes change its calendar only; mail is caught.</summary>
public sealed class RearmHost : IAsyncLifetime
{
    public LocalHostUnderTest Host { get; private set; } = null!;

    public SmtpCatcher Mail { get; } = SmtpCatcher.Started();

    public async Task InitializeAsync() =>
        Host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?>(Mail.Settings())
        {
            ["Calendar:RefreshInterval"] = "00:00:01",
        });

    public async Task<MimeKit.MimeMessage> MailToAsync(string address, Func<MimeKit.MimeMessage, bool> match)
    {
        bool Found(MimeKit.MimeMessage m) => m.To.Mailboxes.Any(b => b.Address == address) && match(m);
        string Got() => string.Join(" | ", Mail.Messages.Where(m => m.To.Mailboxes.Any(b => b.Address == address))
            .Select(m => m.Subject));
        await Eventually.TrueAsync(() => Task.FromResult(Mail.Messages.Any(Found)),
            $"an email to {address}; got: {Got()}", 30);
        return Mail.Messages.First(Found);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
