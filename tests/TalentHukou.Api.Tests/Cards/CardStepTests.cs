using System.Net;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Domain.Applications;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>
/// The saga inside the application's orchestration: HRSS approval, publicity (accelerated clock), the card office's
/// order through its route; a failed saga returns the application to awaiting-card, and the next order issues the card.
/// </summary>
public sealed class CardStepTests : IAsyncLifetime
{
    private LocalHostUnderTest host = null!;

    public async Task InitializeAsync()
    {
        var settings = IssuedCardFixture.FastSaga();
        settings["Clock:Acceleration"] = "100000"; // the 5-working-day publicity passes in seconds
        host = await LocalHostUnderTest.StartAsync(settings: settings);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CardOffice_FirstSagaFails_BackToAwaitingCard_SecondOrderIssuesAndSyncs()
    {
        var app = await CardSagaDriver.SeedAsync(
            host, "applicant-through-orchestration", stage: ApplicationStage.HrssReview);
        await StartApplicationAsync(app);
        var reviewer = await host.ClientForAsync("reviewer-th", ["reviewer"], hrss: "tianhe");
        var drc = await host.ClientForAsync("drc-staff", ["drc"]);
        var owner = await host.ClientForAsync(app.Owner, ["applicant"]);
        await Json.PostOkAsync(
            reviewer,
            $"applications/{app.ApplicationId}/review",
            new { approve = true, reason = "材料齐全" },
            HttpStatusCode.Accepted);
        await Eventually.GetJsonAsync(
            owner, $"applications/{app.ApplicationId}", a => a.Str("stage") == "awaiting-card", 90);

        host.ChangeSetting("CardSaga:FailAtStep", CardSagaSteps.Store);
        try
        {
            await Json.PostOkAsync(
                drc, $"applications/{app.ApplicationId}/card/issue", new { }, HttpStatusCode.Accepted);
            await Eventually.GetJsonAsync(owner, $"applications/{app.ApplicationId}",
                a => a.Str("stage") == "awaiting-card"
                    && a.GetProperty("timeline").EnumerateArray().Any(t => t.Str("event") == "card-attempt-1-failed"),
                90);
        }
        finally
        {
            host.ChangeSetting("CardSaga:FailAtStep", "");
        }
        await ProblemAssert.IsProblemAsync(
            await owner.GetAsync($"applications/{app.ApplicationId}/card"), HttpStatusCode.NotFound, "card-not-issued");

        await Json.PostOkAsync(drc, $"applications/{app.ApplicationId}/card/issue", new { }, HttpStatusCode.Accepted);
        var synced = await Eventually.GetJsonAsync(
            owner, $"applications/{app.ApplicationId}", a => a.Str("stage") == "psb-synced", 90);

        var events = synced.GetProperty("timeline").EnumerateArray().Select(t => t.Str("event")).ToList();
        // The card office's escalation is not a step of the card: on a busy host its deadline may pass before the
        // reorder.
        Assert.Equal(["card-issuing-1", "card-attempt-1-failed", "card-issuing-2", "card-issued-2", "psb-synced"],
            events.Where(e => (e.StartsWith("card-", StringComparison.Ordinal) && e != "card-office-escalated")
                || e == "psb-synced"));
        Assert.Equal(1, await CardSagaDriver.CountAsync(
            host, Adapters.Storage.StorageNames.CardNumbersTable, "ApplicationId", app.ApplicationId));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"applications/{app.ApplicationId}/card")).StatusCode);
    }

    private async Task StartApplicationAsync(SeededApplication app)
    {
        var clock = host.Services.GetRequiredService<BusinessClock>().Anchor;
        var notice = new ApplicationNotice("District", "广州市天河区人力资源和社会保障局", CardSagaDriver.EmployerName);
        var input = new ApplicationWorkflowInput(
            app.ApplicationId, ApprovalMode.Manual, false, clock, new ApplicationPolicy(), notice);
        await host.Durable.ScheduleNewOrchestrationInstanceAsync(nameof(ApplicationOrchestrator), input,
            new StartOrchestrationOptions(ApplicationOrchestrator.InstanceIdFor(app.ApplicationId)));
    }
}
