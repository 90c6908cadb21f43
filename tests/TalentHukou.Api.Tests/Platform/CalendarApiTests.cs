using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Platform;

[Collection(SharedHostCollection.Name)]
public class CalendarApiTests(SharedHost shared)
{
    private HttpClient Client => shared.Host.Anonymous;

    [Fact]
    public async Task WorkingDays_AcrossSpringFestival_SkipsTheHoliday()
    {
        var body = await Client.GetFromJsonAsync<Dictionary<string, object>>(
            "calendar/working-days?from=2026-02-13&add=2");
        Assert.Equal("2026-02-24", body!["date"].ToString());
    }

    [Fact]
    public async Task WorkingDays_BeyondPublishedYear_StatutoryDaysAndSaysProvisional()
    {
        // 2027-01-01 is 元旦 by law, notice or not; the weekend follows.
        var body = await Client.GetFromJsonAsync<Dictionary<string, object>>(
            "calendar/working-days?from=2026-12-31&add=1");
        Assert.Equal("2027-01-04", body!["date"].ToString());
        Assert.Equal("False", body["covered"].ToString());
        Assert.Equal("True", body["provisional"].ToString());
    }

    [Theory]
    [InlineData("calendar/working-days", "from")]
    [InlineData("calendar/working-days?from=2026-02-30&add=1", "from")]
    [InlineData("calendar/working-days?from=yesterday&add=1", "from")]
    [InlineData("calendar/working-days?from=2026-02-13&add=-1", "add")]
    [InlineData("calendar/working-days?from=2026-02-13&add=abc", "add")]
    [InlineData("calendar/working-days?from=2026-02-13&add=99999999999", "add")]
    public async Task WorkingDays_BadQuery_ProblemNamingTheField(string url, string field)
    {
        var problem = await ProblemAssert.IsProblemAsync(
            await Client.GetAsync(url), HttpStatusCode.BadRequest, "validation-failed");
        ProblemAssert.NamesField(problem, field);
    }
}
