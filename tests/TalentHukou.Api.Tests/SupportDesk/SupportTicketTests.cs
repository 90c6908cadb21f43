using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Support;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Support;

namespace TalentHukou.Api.Tests.SupportDesk;

[Collection(SecondSharedHostCollection.Name)]
public class SupportTicketTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task File_Valid_AuthorAndSupportSeeItAndTheScreenshot_OthersGet404()
    {
        var author = await Host.ClientForAsync("author-" + Guid.NewGuid(), ["applicant"]);
        var stranger = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var support = await Host.ClientForAsync("support-1", ["support"]);
        var screenshot = Files.Png(40_000);
        var accepted = await Tickets.FileAsync(author, screenshot);
        var id = accepted.Str("ticketId");
        Assert.Equal("open", accepted.Str("status"));
        var dueBy = accepted.GetProperty("dueBy").GetDateTimeOffset();

        var own = await author.GetFromJsonAsync<JsonElement>($"support/tickets/{id}");
        Assert.Equal("cannot-download-card", own.Str("category"));
        var idNumber = Tickets.FieldsFor(author).IdNumber;
        Assert.Equal($"{idNumber[..4]}**********{idNumber[^4..]}", own.Str("idNumber"));
        Assert.Equal("138****5678", own.Str("phone"));
        Assert.Equal("王**", own.Str("name"));
        Assert.Equal(dueBy, own.GetProperty("dueBy").GetDateTimeOffset());
        Assert.Equal(0, own.GetProperty("replies").GetArrayLength());
        Assert.DoesNotContain(idNumber, own.ToString());
        Assert.Equal(HttpStatusCode.OK, (await support.GetAsync($"support/tickets/{id}")).StatusCode);

        var picture = await author.GetAsync($"support/tickets/{id}/screenshot");
        Assert.Equal("image/png", picture.Content.Headers.ContentType!.MediaType);
        Assert.Equal(screenshot, await picture.Content.ReadAsByteArrayAsync());
        Assert.Equal(screenshot, await support.GetByteArrayAsync($"support/tickets/{id}/screenshot"));
        await ProblemAssert.IsProblemAsync(
            await stranger.GetAsync($"support/tickets/{id}"), HttpStatusCode.NotFound, "ticket-not-found");
        await ProblemAssert.IsProblemAsync(
            await stranger.GetAsync($"support/tickets/{id}/screenshot"), HttpStatusCode.NotFound, "ticket-not-found");
        await ProblemAssert.IsProblemAsync(
            await Host.Anonymous.GetAsync($"support/tickets/{id}/screenshot"),
            HttpStatusCode.Unauthorized,
            "unauthorized");

        // At rest: the ID number only as its keyed hash and masked; the phone masked and encrypted.
        var row = (await Host.RowAsync(StorageNames.SupportTicketsTable, "ticket", id))!;
        Assert.DoesNotContain(
            row.Select(kv => kv.Value),
            v => v?.ToString()?.Contains(idNumber) == true || v?.ToString()?.Contains("13812345678") == true);
        Assert.Equal(64, row.GetString("IdNumberIndex").Length);
    }

    [Fact]
    public async Task File_Receipt_QueuedForTheAuthor()
    {
        var author = await Host.ClientForAsync("author-" + Guid.NewGuid(), ["applicant"]);
        var id = (await Tickets.FileAsync(author)).Str("ticketId");
        await Eventually.TrueAsync(
            async () => await Host.OutboxAsync($"ticket/{id}/received") is { } row
                && row.GetString("Kind") == "TicketReceived"
                && row.GetString("ToAddress") == "wang@example.cn",
            "the receipt email is queued");
    }

    [Fact]
    public async Task File_EveryFieldInvalid_EachNamed()
    {
        var author = await Host.ClientForAsync("author-" + Guid.NewGuid(), ["applicant"]);
        var response = await author.PostAsync("support/tickets", Multipart.Form(
            new
            {
                name = "X1",
                idNumber = "110105194912310021",
                phone = "12812345678",
                email = "not-an-email",
                category = "complaint",
                description = "",
            }));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed");
        foreach (var field in new[] { "name", "idNumber", "phone", "email", "category", "description", "screenshot" })
            ProblemAssert.NamesField(problem, field);
    }

    [Fact]
    public async Task File_ScreenshotRules_EnforcedNamingTheScreenshot()
    {
        var author = await Host.ClientForAsync("author-" + Guid.NewGuid(), ["applicant"]);
        async Task Refused(HttpStatusCode status, string slug, params FilePart[] files) =>
            ProblemAssert.NamesField(
                await ProblemAssert.IsProblemAsync(
                    await author.PostAsync("support/tickets", Multipart.Form(Tickets.ValidFields(), files)),
                    status,
                    slug),
                "screenshot");
        await Refused(
            HttpStatusCode.UnsupportedMediaType,
            "unsupported-file-type",
            Multipart.File("screenshot", "screen.png", "image/png", Files.Exe()));
        await Refused(HttpStatusCode.UnsupportedMediaType, "unsupported-file-type", Multipart.Pdf("screenshot"));
        await Refused(
            HttpStatusCode.RequestEntityTooLarge,
            "file-too-large",
            Multipart.Generated("screenshot", "screen.jpg", "image/jpeg", Files.JpegMagic, 5 * 1024 * 1024 + 1));
        await Refused(
            HttpStatusCode.BadRequest, "validation-failed", Multipart.Png("screenshot"), Multipart.Png("screenshot"));
        await Refused(HttpStatusCode.BadRequest, "validation-failed");
        var jpeg = await author.PostAsync(
            "support/tickets",
            Multipart.Form(
                Tickets.FieldsFor(author),
                Multipart.Generated("screenshot", "screen.jpg", "image/jpeg", Files.JpegMagic, 5 * 1024 * 1024)));
        Assert.Equal(HttpStatusCode.Accepted, jpeg.StatusCode);
    }

    [Fact]
    public async Task Conversation_ReplyEmailed_FollowUpReopensWithNewDeadline_CloseEndsIt()
    {
        var author = await Host.ClientForAsync("author-" + Guid.NewGuid(), ["applicant"]);
        var support = await Host.ClientForAsync("support-1", ["support"]);
        var id = (await Tickets.FileAsync(author)).Str("ticketId");

        var replied = await Json.PostOkAsync(
            support, $"support/tickets/{id}/reply", new { message = "请清除浏览器缓存后重新下载。" }, HttpStatusCode.OK);
        Assert.Equal("answered", replied.Str("status"));
        Assert.False(replied.GetProperty("overdue").GetBoolean());
        var replyId = replied.GetProperty("replies")[0].Str("messageId");
        await Eventually.TrueAsync(
            async () => (await Host.OutboxAsync($"ticket/{id}/reply/{replyId}"))?.GetString("Kind") == "TicketAnswered",
            "the reply email is queued");

        var followUp = await author.PostAsJsonAsync($"support/tickets/{id}/follow-ups", new { message = "仍然无法下载。" });
        Assert.Equal(HttpStatusCode.Created, followUp.StatusCode);
        var reopened = await Json.ReadAsync(followUp);
        Assert.Equal("open", reopened.Str("status"));
        Assert.Equal(1, reopened.GetProperty("round").GetInt32());
        // 3 working days from the follow-up
        Assert.True(
            reopened.GetProperty("dueBy").GetDateTimeOffset() >= replied.GetProperty("dueBy").GetDateTimeOffset());
        Assert.Equal(
            new[] { "support", "author" }, reopened.GetProperty("replies").EnumerateArray().Select(r => r.Str("from")));

        var closed = await Json.PostOkAsync(
            support,
            $"support/tickets/{id}/reply",
            new { message = "已为您重新签发，请下载。", close = true },
            HttpStatusCode.OK);
        Assert.Equal("closed", closed.Str("status"));
        await ProblemAssert.IsProblemAsync(
            await author.PostAsJsonAsync($"support/tickets/{id}/follow-ups", new { message = "谢谢" }),
            HttpStatusCode.Conflict,
            "ticket-closed");
        await ProblemAssert.IsProblemAsync(
            await support.PostAsJsonAsync($"support/tickets/{id}/reply", new { message = "补充" }),
            HttpStatusCode.Conflict,
            "ticket-closed");
        await Eventually.TrueAsync(
            async () => (await Host.Durable.GetInstanceAsync($"ticket-{id}"))?.RuntimeStatus
                == Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Completed,
            "the ticket's orchestration completes once the ticket is closed");
    }

    [Fact]
    public async Task Conversation_WrongPeople_RefusedAndBadBodiesNamed()
    {
        var author = await Host.ClientForAsync("author-" + Guid.NewGuid(), ["applicant"]);
        var stranger = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var support = await Host.ClientForAsync("support-1", ["support"]);
        var id = (await Tickets.FileAsync(author)).Str("ticketId");
        await ProblemAssert.IsProblemAsync(
            await author.PostAsJsonAsync($"support/tickets/{id}/reply", new { message = "自己回复" }),
            HttpStatusCode.Forbidden,
            "forbidden");
        await ProblemAssert.IsProblemAsync(
            await stranger.PostAsJsonAsync($"support/tickets/{id}/follow-ups", new { message = "路人" }),
            HttpStatusCode.NotFound,
            "ticket-not-found");
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(
                await support.PostAsJsonAsync($"support/tickets/{id}/reply", new { message = " " }),
                HttpStatusCode.BadRequest,
                "validation-failed"),
            "message");
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(
                await support.PostAsJsonAsync($"support/tickets/{id}/reply", new { message = "好", close = "yes" }),
                HttpStatusCode.BadRequest,
                "invalid-json"),
            "close");
        await ProblemAssert.IsProblemAsync(
            await support.PostAsJsonAsync("support/tickets/TK0000/reply", new { message = "好" }),
            HttpStatusCode.NotFound,
            "ticket-not-found");
    }

    [Fact]
    public async Task Queue_SupportSeesAllByStatusOldestFirstPaged_AuthorTheirOwnOnly()
    {
        var author = await Host.ClientForAsync("author-" + Guid.NewGuid(), ["applicant"]);
        var support = await Host.ClientForAsync("support-1", ["support"]);
        for (var i = 0; i < 3; i++) await Tickets.FileAsync(author);
        var page = await support.GetFromJsonAsync<JsonElement>("support/tickets?status=open&pageSize=2");
        var ids = page.GetProperty("items").EnumerateArray().Select(t => t.Str("ticketId")).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(page.GetProperty("items").EnumerateArray(), t => Assert.Equal("open", t.Str("status")));
        var next = await support.GetFromJsonAsync<JsonElement>(
            $"support/tickets?status=open&pageSize=2&continuationToken="
            + $"{Uri.EscapeDataString(page.Str("continuationToken"))}");
        Assert.True(string.CompareOrdinal(next.GetProperty("items")[0].Str("ticketId"), ids[^1]) > 0);
        // The author lists their own tickets (newest first, no counts), never the desk's queue.
        var own = (await author.GetFromJsonAsync<JsonElement>("support/tickets")).GetProperty("items").EnumerateArray()
            .Select(t => t.Str("ticketId")).ToList();
        Assert.Equal(3, own.Count);
        Assert.Equal(own.OrderDescending(StringComparer.Ordinal), own);
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(
                await support.GetAsync("support/tickets?status=lost"), HttpStatusCode.BadRequest, "validation-failed"),
            "status");
    }
}
