using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Support.Activities;

namespace TalentHukou.Api.Tests.SupportDesk;

/// <summary>The 3-working-day SLA on a host of its own, whose business clock the test sets.</summary>
public class TicketSlaTests
{
    [Fact]
    public async Task
        Ticket_FiledBeforeNationalDay_DueOnTheMakeUpSaturday_RemindedEscalatedAnswered_FollowUpStartsANewRound()
    {
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?> { ["Support:ReminderBeforeDue"] = "3.00:00:00" });
        // 2026: National Day holiday 1–7 October, Saturday 10 October worked (调休). 50000×: ten calendar days pass
        // in about 18 s, and a timer's real latency (~0.5 s) is hours of business time, so the reminder comes 3 days
        // (5 s real) early. The clock starts after the tokens are issued, so only the filing races it (7.6 business
        // days to the holiday's end are 13 s real; a ticket filed during the holiday is due on the 10th as well).
        // (At 100000× a busy machine took the 9 s to the due time before the first read.)
        var author = await host.ClientForAsync("author-sla", ["applicant"]);
        var support = await host.ClientForAsync("support-sla", ["support"]);
        await Json.PostOkAsync(
            host.Anonymous,
            "dev/clock",
            new { businessNow = "2026-09-30T10:00:00+08:00", acceleration = 50_000 },
            HttpStatusCode.OK);

        var accepted = await Tickets.FileAsync(author);
        var id = accepted.Str("ticketId");
        var dueBy = accepted.GetProperty("dueBy").GetDateTimeOffset();
        // Read before anything else: the due time is a few real seconds away.
        var early = await author.GetFromJsonAsync<JsonElement>($"support/tickets/{id}");
        Assert.False(early.GetProperty("overdue").GetBoolean());
        Assert.Equal(JsonValueKind.Null, early.GetProperty("escalatedAt").ValueKind);
        var calendar = await host.Anonymous.GetFromJsonAsync<JsonElement>(
            "calendar/working-days?from=2026-09-30&add=3");
        Assert.Equal("2026-10-10", calendar.Str("date"));
        Assert.Equal(new DateTimeOffset(2026, 10, 10, 17, 30, 0, TimeSpan.FromHours(8)), dueBy);

        var escalated = await Eventually.GetJsonAsync(
            author, $"support/tickets/{id}", t => t.GetProperty("escalatedAt").ValueKind != JsonValueKind.Null);
        Assert.True(escalated.GetProperty("overdue").GetBoolean());
        Assert.Equal("open", escalated.Str("status"));
        var remindedAt = escalated.GetProperty("remindedAt").GetDateTimeOffset();
        var escalatedAt = escalated.GetProperty("escalatedAt").GetDateTimeOffset();
        Assert.True(
            remindedAt >= dueBy.AddDays(-3) && remindedAt < escalatedAt,
            $"reminded at {remindedAt:O}, escalated at {escalatedAt:O}");
        Assert.True(escalatedAt >= dueBy);

        // The activity logs the escalation right after it marked the ticket, so the mark may be seen a moment before
        // the log line.
        await Eventually.TrueAsync(
            () => Task.FromResult(host.Logs.Lines.Any(line => line.StartsWith(
                $"Warning {typeof(EscalateTicket).FullName}: ESCALATION: support ticket {id} ",
                StringComparison.Ordinal))),
            "the escalation is logged");
        foreach (var (what, kind) in new[]
        {
            ("received", "TicketReceived"),
            ("round/0/due-soon", "TicketDueSoon"),
            ("round/0/overdue", "TicketOverdue"),
        })
            await Eventually.TrueAsync(
                async () => (await host.OutboxAsync($"ticket/{id}/{what}"))?.GetString("Kind") == kind,
                $"the {kind} email is queued");
        Assert.Equal(
            "hrssgz@gz.gov.cn", (await host.OutboxAsync($"ticket/{id}/round/0/overdue"))!.GetString("ToAddress"));

        var ops = await host.ClientForAsync("ops-sla", ["ops"]);
        Assert.Equal(
            1, (await ops.GetFromJsonAsync<JsonElement>("ops/metrics")).GetProperty("overdueTickets").GetInt32());

        var answered = await Json.PostOkAsync(
            support, $"support/tickets/{id}/reply", new { message = "已处理，请重新下载入户卡。" }, HttpStatusCode.OK);
        Assert.Equal("answered", answered.Str("status"));
        Assert.False(answered.GetProperty("overdue").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, answered.GetProperty("escalatedAt").ValueKind);
        Assert.Equal(
            0, (await ops.GetFromJsonAsync<JsonElement>("ops/metrics")).GetProperty("overdueTickets").GetInt32());

        // The author's follow-up reopens the ticket: a new round with its own deadline, reminder and escalation.
        var reopened = await Json.ReadAsync(
            await author.PostAsJsonAsync($"support/tickets/{id}/follow-ups", new { message = "重新下载仍然失败。" }));
        Assert.Equal(1, reopened.GetProperty("round").GetInt32());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("escalatedAt").ValueKind);
        Assert.True(reopened.GetProperty("dueBy").GetDateTimeOffset() > dueBy);
        var again = await Eventually.GetJsonAsync(
            author, $"support/tickets/{id}", t => t.GetProperty("escalatedAt").ValueKind != JsonValueKind.Null);
        Assert.True(again.GetProperty("overdue").GetBoolean());
        await Eventually.TrueAsync(
            async () => await host.OutboxAsync($"ticket/{id}/round/1/overdue") is not null,
            "the second round's escalation email is queued");
    }
}
