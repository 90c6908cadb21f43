using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Applications;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Applications.Activities;

namespace TalentHukou.Api.Tests.Applications;

/// <summary>
/// Objections against a slower clock, so publicity lasts long enough to object during it (~1 minute of real time).
/// </summary>
public sealed class ObjectionHost : IAsyncLifetime
{
    public LocalHostUnderTest Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LocalHostUnderTest.StartAsync(
        settings: new Dictionary<string, string?>
        {
            ["Clock:Acceleration"] = "20000",
            ["RateLimit:ObjectionsPerMinute"] = "3",
        });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public class ObjectionTests(ObjectionHost fixture) : IClassFixture<ObjectionHost>
{
    private LocalHostUnderTest Host => fixture.Host;

    [Fact]
    public async Task Objection_Upheld_RejectsTheApplication()
    {
        var (applicant, id) = await InPublicityAsync();
        var objector = await Host.ClientForAsync("citizen-1", ["applicant"]);
        var filed = await Json.PostOkAsync(
            objector,
            $"applications/{id}/objections",
            new { reason = "申请人实际未在该单位工作", contact = "13912345678" },
            HttpStatusCode.Created);
        var objectionId = filed.Str("objectionId");
        await ApplicationFlows.AtStageAsync(applicant, id, "objection-review");

        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "tianhe");
        var seen = await reviewer.GetFromJsonAsync<System.Text.Json.JsonElement>($"applications/{id}");
        Assert.Equal("139****5678", seen.GetProperty("objections")[0].Str("contact"));
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await reviewer.PostAsJsonAsync(
                $"applications/{id}/objections/{objectionId}/resolution",
                new { upheld = true, note = "经核实异议成立" })).StatusCode);
        var rejected = await ApplicationFlows.AtStageAsync(applicant, id, "rejected");
        Assert.Equal("经核实异议成立", rejected.Str("reason"));
        Assert.Equal("upheld", rejected.GetProperty("objections")[0].Str("status"));
        // the applicant does not see the objection's text
        Assert.Equal("", rejected.GetProperty("objections")[0].Str("reason"));
        await ProblemAssert.IsProblemAsync(
            await objector.PostAsJsonAsync(
                $"applications/{id}/objections", new { reason = "再次提出异议内容", contact = "a@b.cn" }),
            HttpStatusCode.Conflict,
            "not-in-publicity");
    }

    [Fact]
    public async Task Objection_Dismissed_PublicityCompletesNotBeforeItsEnd()
    {
        var (applicant, id) = await InPublicityAsync();
        var objector = await Host.ClientForAsync("citizen-2", ["applicant"]);
        var objectionId = (await Json.PostOkAsync(
            objector,
            $"applications/{id}/objections",
            new { reason = "怀疑学历造假，请核实", contact = "x@y.cn" },
            HttpStatusCode.Created)).Str("objectionId");
        await ApplicationFlows.AtStageAsync(applicant, id, "objection-review");
        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "tianhe");
        await reviewer.PostAsJsonAsync(
            $"applications/{id}/objections/{objectionId}/resolution", new { upheld = false, note = "经核实学历真实" });

        var done = await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card", 120);
        var ended = done.GetProperty("timeline").EnumerateArray().Single(t => t.Str("event") == "publicity-ended");
        Assert.True(
            DateTimeOffset.Parse(ended.Str("at")) >= DateTimeOffset.Parse(done.GetProperty("publicity").Str("endsAt")));
        Assert.Equal("dismissed", done.GetProperty("objections")[0].Str("status"));
    }

    [Fact]
    public async Task Objection_InvalidBody_FieldsNamed()
    {
        var (_, id) = await InPublicityAsync();
        var objector = await Host.ClientForAsync("citizen-3", ["applicant"]);
        var problem = await ProblemAssert.IsProblemAsync(
            await objector.PostAsJsonAsync($"applications/{id}/objections", new { reason = "短", contact = "" }),
            HttpStatusCode.BadRequest,
            "validation-failed");
        ProblemAssert.NamesField(problem, "reason");
        ProblemAssert.NamesField(problem, "contact");
    }

    [Fact]
    public async Task Objection_TwoCharacterReason_Filed()
    {
        var (_, id) = await InPublicityAsync();
        var objector = await Host.ClientForAsync("citizen-short", ["applicant"]);
        await Json.PostOkAsync(
            objector,
            $"applications/{id}/objections",
            new { reason = "造假", contact = "13912345678" },
            HttpStatusCode.Created);
    }

    [Fact]
    public async Task Objection_Stranger_SameAnswerForNoSuchApplicationAndNotUnderPublicity()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        await ApplicationFlows.AtStageAsync(applicant, id, "hrss-review");
        var stranger = await Host.ClientForAsync("citizen-prober", ["applicant"]);
        var body = new { reason = "怀疑造假", contact = "13912345678" };

        var notPublic = await ProblemAssert.IsProblemAsync(
            await stranger.PostAsJsonAsync($"applications/{id}/objections", body),
            HttpStatusCode.Conflict,
            "not-in-publicity");
        var missing = await ProblemAssert.IsProblemAsync(
            await stranger.PostAsJsonAsync("applications/A20260101T000000S000FFFF/objections", body),
            HttpStatusCode.Conflict,
            "not-in-publicity");
        Assert.Equal(notPublic.Str("title"), missing.Str("title"));
        Assert.Equal(notPublic.Str("detail"), missing.Str("detail"));
        Assert.False(notPublic.TryGetProperty("currentStage", out _));
    }

    [Fact]
    public async Task Objection_OverThePerUserLimit_429WithRetryAfter()
    {
        var flooder = await Host.ClientForAsync("citizen-flooder", ["applicant"]);
        var body = new { reason = "怀疑造假", contact = "13912345678" };
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 7; i++)
            answers.Add(await flooder.PostAsJsonAsync($"applications/A20260101T000000S000{i:D4}/objections", body));
        var limited = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited); // 3 per minute: 7 in a row overflow one minute even if a minute turns among them
        await ProblemAssert.IsProblemAsync(limited[0], HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.NotNull(limited[0].Headers.RetryAfter);
    }

    [Fact]
    public async Task ClosePublicity_ObjectionStoredWhoseSignalLostTheRace_ReturnedAndThePublicityKeptOpen()
    {
        var (_, id) = await InPublicityAsync();
        var objector = await Host.ClientForAsync("citizen-racer", ["applicant"]);
        var body = new { reason = "公示期最后一刻提出的异议", contact = "13912345678" };
        var objectionId = (await Json.PostOkAsync(objector, $"applications/{id}/objections", body,
            HttpStatusCode.Created)).Str("objectionId");

        var unseen = await CloseAsync(id); // as the process does when its timer won against the objection's signal

        Assert.Equal([objectionId], unseen);
        Assert.DoesNotContain((await RecordAsync(id)).Timeline, t => t.Event == "publicity-ended");
    }

    [Fact]
    public async Task Objection_AfterTheProcessClosedThePublicity_RefusedAndNotStored()
    {
        var (_, id) = await InPublicityAsync();

        Assert.Empty(await CloseAsync(id));

        var objector = await Host.ClientForAsync("citizen-late", ["applicant"]);
        var body = new { reason = "公示结束后才提出的异议", contact = "13912345678" };
        await ProblemAssert.IsProblemAsync(await objector.PostAsJsonAsync($"applications/{id}/objections", body),
            HttpStatusCode.Conflict, "not-in-publicity");
        Assert.Empty((await RecordAsync(id)).Objections);
    }

    /// <summary>The activity that ends the publicity, run on the host's own services and storage.</summary>
    private Task<IReadOnlyList<string>> CloseAsync(string id) =>
        ActivatorUtilities.CreateInstance<ClosePublicity>(Host.Services)
            .RunAsync(null!, new(id, DateTimeOffset.UtcNow, "publicity-ended"));

    private async Task<Domain.Applications.ApplicationRecord> RecordAsync(string id) =>
        (await Host.Services.GetRequiredService<ApplicationStore>().GetAsync(id, CancellationToken.None))!.Value.Record;

    private async Task<(HttpClient Applicant, string Id)> InPublicityAsync()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
        await ApplicationFlows.AtStageAsync(applicant, id, "publicity");
        return (applicant, id);
    }
}
