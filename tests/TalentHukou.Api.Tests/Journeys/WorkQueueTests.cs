using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Registry;
using TalentHukou.Testing;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public class WorkQueueTests(JourneyHost fixture)
{
    private LocalHostUnderTest Host => fixture.Host;

    [Fact]
    public async Task ReviewerQueue_SortedByDueBy_FlagsOverdueAndCountsStages()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (early, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-NANSHA", "manual");
        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "nansha");
        // 5 working days pass in well under a minute of real time on this clock: the review escalates.
        await Eventually.GetJsonAsync(
            reviewer, $"applications/{early}", a => a.GetProperty("escalated").GetBoolean(), 90);
        var other = await ApplicationFlows.ApplicantAsync(Host);
        var (late, _) = await ApplicationFlows.SubmitAsync(other, "E-DEMO-NANSHA", "manual");
        await Eventually.GetJsonAsync(reviewer, $"applications/{late}", a => a.Str("dueBy") != "");

        var queue = await reviewer.GetFromJsonAsync<JsonElement>("applications?pageSize=100");
        var items = queue.GetProperty("items").EnumerateArray().ToList();
        var ids = items.Select(i => i.Str("applicationId")).ToList();
        Assert.True(ids.IndexOf(early) < ids.IndexOf(late), "the earlier deadline comes first");
        var dues = items.Where(i => i.Str("dueBy") != "").Select(i => DateTimeOffset.Parse(i.Str("dueBy"))).ToList();
        Assert.Equal(dues.Order(), dues);
        var first = items.Single(i => i.Str("applicationId") == early);
        Assert.True(first.GetProperty("overdue").GetBoolean());
        Assert.True(first.GetProperty("escalated").GetBoolean());
        Assert.False(items.Single(i => i.Str("applicationId") == late).GetProperty("overdue").GetBoolean());
        Assert.True(queue.GetProperty("counts").GetProperty("hrss-review").GetInt32() >= 2);

        var overdue = await reviewer.GetFromJsonAsync<JsonElement>(
            "applications?overdueOnly=true&stage=hrss-review&pageSize=100");
        var overdueIds = overdue.GetProperty("items").EnumerateArray().Select(i => i.Str("applicationId")).ToList();
        Assert.Contains(early, overdueIds);
        Assert.DoesNotContain(late, overdueIds);
        var elsewhere = await reviewer.GetFromJsonAsync<JsonElement>("applications?office=tianhe");
        Assert.Empty(elsewhere.GetProperty("items").EnumerateArray());

        var paged = await reviewer.GetFromJsonAsync<JsonElement>("applications?pageSize=1");
        var next = await reviewer.GetFromJsonAsync<JsonElement>(
            $"applications?pageSize=1&continuationToken={Uri.EscapeDataString(paged.Str("continuationToken"))}");
        Assert.Equal(ids[1], next.GetProperty("items")[0].Str("applicationId"));
    }

    [Fact]
    public async Task RegistryAndSupportQueues_SortedByDueBy_WithFlagsAndCounts()
    {
        var requester = await Host.ClientForAsync("queue-requester", ["applicant"]);
        await Json.PostOkAsync(
            requester,
            "registry/employer-requests",
            EmployerRegistryTests.NewEmployer("广州队列测试甲有限公司"),
            HttpStatusCode.Accepted);
        await Tickets.FileAsync(requester);
        var admin = await Host.ClientForAsync("queue-admin", ["registry-admin"]);
        var support = await Host.ClientForAsync("queue-support", ["support"]);

        foreach (var (client, url, counted) in new[]
        {
            (admin, "registry/requests?pageSize=100", "pending"), (support, "support/tickets?pageSize=100", "open")
        })
        {
            var page = await client.GetFromJsonAsync<JsonElement>(url);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.NotEmpty(items);
            var dues = items.Select(i => DateTimeOffset.Parse(i.Str("dueBy"))).ToList();
            Assert.Equal(dues.Order(), dues);
            Assert.All(
                items, i => Assert.True(i.TryGetProperty("overdue", out _) && i.TryGetProperty("escalated", out _)));
            Assert.True(page.GetProperty("counts").GetProperty(counted).GetInt32() >= 1);
        }
        // Anyone else gets their own list, not the queue.
        var own = await requester.GetFromJsonAsync<JsonElement>("registry/requests");
        Assert.All(
            own.GetProperty("items").EnumerateArray(),
            i => Assert.Contains("队列测试", i.Str("subject"), StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, own.GetProperty("counts").ValueKind);
        Assert.Equal(
            JsonValueKind.Null,
            (await requester.GetFromJsonAsync<JsonElement>("support/tickets")).GetProperty("counts").ValueKind);
    }

    [Fact]
    public async Task OwnLists_MineTrue_OnlyOwnNewestFirst()
    {
        var me = await Host.ClientForAsync("own-" + Guid.NewGuid().ToString("N")[..8], ["applicant"]);
        var someoneElse = await Host.ClientForAsync("own-" + Guid.NewGuid().ToString("N")[..8], ["applicant"]);
        var older = (await Json.PostOkAsync(
            me,
            "registry/employer-requests",
            EmployerRegistryTests.NewEmployer("广州自有列表甲有限公司"),
            HttpStatusCode.Accepted)).Str("requestId");
        var theirs = (await Json.PostOkAsync(
            someoneElse,
            "registry/employer-requests",
            EmployerRegistryTests.NewEmployer("广州自有列表乙有限公司"),
            HttpStatusCode.Accepted)).Str("requestId");
        var newer = (await Json.PostOkAsync(
            me,
            "registry/employer-requests",
            EmployerRegistryTests.NewEmployer("广州自有列表丙有限公司"),
            HttpStatusCode.Accepted)).Str("requestId");
        var firstTicket = (await Tickets.FileAsync(me)).Str("ticketId");
        await Tickets.FileAsync(someoneElse);
        var secondTicket = (await Tickets.FileAsync(me)).Str("ticketId");

        var requests = await me.GetFromJsonAsync<JsonElement>("registry/requests?mine=true");
        Assert.Equal([newer, older], requests.GetProperty("items").EnumerateArray().Select(i => i.Str("requestId")));
        Assert.DoesNotContain(theirs, requests.ToString(), StringComparison.Ordinal);
        var tickets = await me.GetFromJsonAsync<JsonElement>("support/tickets?mine=true");
        Assert.Equal(
            [secondTicket, firstTicket], tickets.GetProperty("items").EnumerateArray().Select(i => i.Str("ticketId")));

        var page = await me.GetFromJsonAsync<JsonElement>("registry/requests?mine=true&pageSize=1");
        Assert.Equal(newer, page.GetProperty("items")[0].Str("requestId"));
        var rest = await me.GetFromJsonAsync<JsonElement>(
            "registry/requests?mine=true&pageSize=1&continuationToken="
            + Uri.EscapeDataString(page.Str("continuationToken")));
        Assert.Equal(older, rest.GetProperty("items")[0].Str("requestId"));
    }
}
