using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Domain.Time;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Retention;

namespace TalentHukou.Api.Tests.Journeys;

/// <summary>
/// A host whose business clock the test sets shortly before the 2026 National Day holiday (10-01 to 10-07, 10-10 a
/// working Saturday), fast enough that 5 working days across it pass in about a minute. The test sets the clock just
/// before it submits: an application's process keeps the clock anchor it started with.
/// </summary>
public sealed class NationalDayHost : IAsyncLifetime
{
    public LocalHostUnderTest Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Clock:Acceleration"] = "30000",
            ["Applications:MaterialRetentionDays"] = "1",
        });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public class CorrectionDeadlineTests(NationalDayHost fixture) : IClassFixture<NationalDayHost>
{
    private LocalHostUnderTest Host => fixture.Host;

    /// <summary>
    /// The deadline of a return recorded on each day whose 5 working days span the holiday, counted by hand under the
    /// 2026 calendar (25–27 September Mid-Autumn and 1–7 October off, Saturday 10 October worked): the filing day
    /// never counts, so a return during the holiday counts from 8 October as one on 30 September does.
    /// </summary>
    private static readonly Dictionary<DateOnly, DateOnly> DueAcrossNationalDay = new()
    {
        [new(2026, 9, 23)] = new(2026, 10, 8),
        [new(2026, 9, 24)] = new(2026, 10, 9),
        [new(2026, 9, 25)] = new(2026, 10, 9),
        [new(2026, 9, 26)] = new(2026, 10, 9),
        [new(2026, 9, 27)] = new(2026, 10, 9),
        [new(2026, 9, 28)] = new(2026, 10, 10),
        [new(2026, 9, 29)] = new(2026, 10, 12),
        [new(2026, 9, 30)] = new(2026, 10, 13),
        [new(2026, 10, 1)] = new(2026, 10, 13),
        [new(2026, 10, 2)] = new(2026, 10, 13),
        [new(2026, 10, 3)] = new(2026, 10, 13),
        [new(2026, 10, 4)] = new(2026, 10, 13),
        [new(2026, 10, 5)] = new(2026, 10, 13),
        [new(2026, 10, 6)] = new(2026, 10, 13),
        [new(2026, 10, 7)] = new(2026, 10, 13),
    };

    [Fact]
    public async Task Return_NoCorrectionAcrossNationalDay_WithdrawnAtTheDeadline_EmailedAndTheLockFreed()
    {
        var idNumber = IdNumbers.New();
        // The process keeps the clock it starts with, so the return's business day depends on how busy the host is:
        // the expected deadline is read from the day the return was recorded. Any day from Wednesday 23 September to
        // the holiday's last gives a correction period across it; at x20000 the host has 63 s to record the return
        // (the clients and the body are made before the clock is set, so only the process races it). A faster clock
        // (30000×) let an overloaded machine pass the whole window before the return.
        var applicant = await ApplicationFlows.ApplicantAsync(Host, idNumber);
        var body = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "tianhe");
        await Json.PostOkAsync(Host.Anonymous, "dev/clock",
            new { businessNow = "2026-09-23T09:00:00+08:00", acceleration = 20000 }, HttpStatusCode.OK);
        var id = (await Json.PostOkAsync(applicant, "applications", body, HttpStatusCode.Accepted))
            .Str("applicationId");
        await CorrectionFlows.WaitingAtReviewAsync(applicant, id);
        var returned = await CorrectionFlows.ReturnAsync(reviewer, applicant, id,
            [new { material = "degreeCertificate", note = "请补充学位证书扫描件" }]);

        var returnedOn = ChinaTime.DateOf(returned.GetProperty("return").GetProperty("returnedAt").GetDateTimeOffset());
        var due = returned.GetProperty("correctionDueBy").GetDateTimeOffset();
        Assert.True(DueAcrossNationalDay.TryGetValue(returnedOn, out var dueOn),
            $"returned on {returnedOn:O}: only a return from 09-23 to 10-07 has its period across the holiday");
        // 5 working days skip the holiday's 7 days: the deadline falls after them, at closing time.
        Assert.Equal(ChinaTime.At(dueOn, new TimeOnly(17, 30)), due);

        var closed = await ApplicationFlows.AtStageAsync(applicant, id, "withdrawn", 150);
        var expired = closed.GetProperty("timeline").EnumerateArray()
            .Single(t => t.Str("event") == "correction-expired");
        Assert.True(
            expired.GetProperty("at").GetDateTimeOffset() >= due, $"closed at {expired.Str("at")}, due {due:O}");
        Assert.Contains("补正期限", closed.Str("reason"), StringComparison.Ordinal);
        await Eventually.TrueAsync(
            async () => await Host.OutboxAsync($"application/{id}/correction-expired") is not null,
            "the withdrawal e-mail is queued");

        var (again, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        Assert.Equal(
            id,
            (await applicant.GetFromJsonAsync<JsonElement>($"applications/{again}")).Str("previousApplicationId"));
    }

    [Fact]
    public async Task Materials_WithdrawnBeforeReview_DeletedByTheRetentionRoundAfterTheRetentionDays()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var submitted = await CorrectionFlows.SubmitWithMaterialsAsync(
            applicant, "E-DEMO-TECH", "manual", Multipart.Pdf("degreeCertificate"));
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await Json.ReadAsync(submitted)).Str("applicationId");
        var url = (await CorrectionFlows.WaitingAtReviewAsync(applicant, id))
            .GetProperty("materials")[0].Str("url")["/api/".Length..];
        await Json.PostOkAsync(applicant, $"applications/{id}/withdraw", new { reason = "暂不申请" }, HttpStatusCode.OK);
        var materialId = url[(url.LastIndexOf('/') + 1)..];
        var round = ActivatorUtilities.CreateInstance<DeleteExpiredMaterials>(Host.Services);

        // Within the retention period (1 business day) a round keeps them; after it, a round deletes them.
        var closedAt = (await applicant.GetFromJsonAsync<JsonElement>($"applications/{id}"))
            .GetProperty("timeline").EnumerateArray().Last(t => t.Str("event") != "notice")
            .GetProperty("at").GetDateTimeOffset();
        Assert.False(DeleteExpiredMaterials.IsExpired(await StoredAsync(id), closedAt));
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync(url)).StatusCode);
        await Eventually.TrueAsync(async () =>
        {
            await round.RunAsync(null!, InstanceRetentionJob.MaterialsPerRound);
            return (await StoredAsync(id)).MaterialsDeletedAt is not null;
        }, "a retention round deletes the materials");
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync(url), HttpStatusCode.NotFound, "material-not-found");
        Assert.Empty((await applicant.GetFromJsonAsync<JsonElement>($"applications/{id}"))
            .GetProperty("materials").EnumerateArray());
        var blobs = Host.Services.GetRequiredService<PrivateBlobs>();
        Assert.Null(await blobs.OpenReadAsync(
            StorageNames.ApplicationMaterialsContainer, materialId, CancellationToken.None));
    }

    private async Task<Domain.Applications.ApplicationRecord> StoredAsync(string id) =>
        (await Host.Services.GetRequiredService<Adapters.Applications.ApplicationStore>()
            .GetAsync(id, CancellationToken.None))!.Value.Record;
}
