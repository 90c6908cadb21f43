using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.Security;

public class RateLimitTests
{
    [Fact]
    public async Task Writes_OverTheLimit_429ProblemWithRetryAfter_OtherSubjectsUnaffected()
    {
        await using var host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?> { ["RateLimit:WritesPerMinute"] = "3" });
        var flooder = await host.ClientForAsync("flooder", ["applicant"]);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await flooder.PostAsJsonAsync("registry/employer-requests", new { })).StatusCode);
        var limited = await flooder.PostAsJsonAsync("registry/employer-requests", new { });
        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await flooder.GetAsync("registry/employers?name=广州地铁集团有限公司")).StatusCode); // reads are not limited
        var other = await host.ClientForAsync("someone-else", ["applicant"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.PostAsJsonAsync("registry/employer-requests", new { })).StatusCode);
    }
}
