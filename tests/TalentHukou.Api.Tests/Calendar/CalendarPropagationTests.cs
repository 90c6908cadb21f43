using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Testing;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Calendar;

/// <summary>
/// Two instances on the same storage: a notice published on one counts on the other within seconds, no restart.
/// </summary>
public class CalendarPropagationTests
{
    [Fact]
    public async Task Publish_OnOneInstance_OtherInstanceCountsByItWithinTheRefreshInterval()
    {
        var names = HostNames.New();
        var settings = new Dictionary<string, string?> { ["Calendar:RefreshInterval"] = "00:00:02" };
        await using var writer = await LocalHostUnderTest.StartAsync(names, settings);
        // The same tables, its own task hub: another instance of the same deployment.
        await using var reader = await LocalHostUnderTest.StartAsync(
            new HostNames("r" + names.HubName, names.TablePrefix), settings);
        // 2089 has no notice: 元旦 is a Saturday, so Monday the 3rd is its 补假 and Tuesday follows Friday 2088-12-31.
        Assert.Equal("2089-01-04", await NextWorkingDayAsync(reader, "2088-12-31"));

        var admin = await writer.ClientForAsync("calendar-admin", ["admin"]);
        var notice = new
        {
            notice = new { reference = "国办发明电〔2088〕3号", publishedOn = "2088-11-02" },
            holidays = Holidays2089(),
            workingWeekendDays = Array.Empty<string>(),
        };
        (await admin.PutAsJsonAsync("admin/calendar/2089", notice)).EnsureSuccessStatusCode();
        Assert.Equal("2089-01-05", await NextWorkingDayAsync(writer, "2088-12-31"));

        var started = DateTimeOffset.UtcNow;
        await Eventually.TrueAsync(async () => await NextWorkingDayAsync(reader, "2088-12-31") == "2089-01-05",
            "the other instance counts by the new notice", seconds: 10);
        var year = await Json.ReadAsync(await reader.Anonymous.GetAsync("calendar/2089"));
        Assert.Equal("notice", year.Str("source"));
        Assert.True(
            DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(5), "seen within the refresh interval and a margin");
    }

    /// <summary>
    /// 2089 as a notice might give it: 元旦 Sat Jan 1 with Mon 3 and Tue 4 off (one day more than 补假), 春节 from 除夕
    /// Feb 9, 清明 Apr 4, 劳动节, 端午 Jun 13, 中秋 Sep 18, 国庆.
    /// </summary>
    private static string[][] Holidays2089() =>
    [
        ["2089-01-01", "2089-01-04"], ["2089-02-09", "2089-02-15"], ["2089-04-02", "2089-04-04"],
        ["2089-04-30", "2089-05-04"], ["2089-06-11", "2089-06-13"], ["2089-09-17", "2089-09-19"],
        ["2089-10-01", "2089-10-07"],
    ];

    private static async Task<string> NextWorkingDayAsync(LocalHostUnderTest host, string from)
    {
        var answer = await host.Anonymous.GetFromJsonAsync<JsonElement>($"calendar/working-days?from={from}&add=1");
        return answer.Str("date");
    }
}
