using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Support;
using TalentHukou.Api.Tests.Cards;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Privacy;

namespace TalentHukou.Api.Tests.Security;

/// <summary>
/// Personal-data key rotation: data stored under the first key, then the host restarted with a second key current;
/// the rotation moves applications and tickets to it, and old and new records, ID lookups and cards keep working.
/// </summary>
public class KeyRotationTests
{
    private const string SecondKey = "second-test-only-personal-data-key-0123456789";

    /// <summary>
    /// The second key current. The card saga's public-security checks come at test pace (as on the issued-card
    /// host): the cards here only need to be issued and synced, how long public security takes is not under test.
    /// </summary>
    private static Dictionary<string, string?> SecondKeyCurrent => new(IssuedCardFixture.FastSaga())
    {
        ["Privacy:Keys:k2"] = SecondKey,
        ["Privacy:CurrentKeyId"] = "k2",
    };

    [Fact]
    public async Task Rotate_OldAndNewRecordsRead_IdLookupsFindBoth_OldAndNewCardsVerify_Audited()
    {
        var names = HostNames.New();
        var idNumber = IdNumbers.New();
        string applicationId, ticketId;
        SeededApplication oldCard;
        string oldCardNumber;
        await using (var first = await LocalHostUnderTest.StartAsync(names, IssuedCardFixture.FastSaga()))
        {
            var applicant = await first.ClientForAsync("rotation-applicant", ["applicant"], idNumber: idNumber);
            // The application, the ticket and the card are independent of each other: stored side by side, all
            // under the first key before the host stops.
            var application = SubmittedToReviewAsync(applicant, idNumber);
            var filed = Tickets.FileAsync(applicant);
            var card = IssuedCardAsync(first, "rotation-card-holder");
            await Task.WhenAll(application, filed, card);
            applicationId = await application;
            ticketId = (await filed).Str("ticketId");
            (oldCard, oldCardNumber) = await card;
        }

        await using var second = await LocalHostUnderTest.StartAsync(names, SecondKeyCurrent);
        var owner = await second.ClientForAsync("rotation-applicant", ["applicant"], idNumber: idNumber);
        Assert.False(Current(second, (await RecordAsync(second, applicationId)).Applicant.IdNumberIndex));
        // Before the rotation the person's lock is found under the first key's index.
        await DuplicateOfAsync(owner, idNumber, applicationId);

        var ops = await second.ClientForAsync("rotation-ops", ["ops"]);
        await ProblemAssert.IsProblemAsync(
            await ops.PostAsJsonAsync("ops/key-rotations", new { keyId = "k1" }),
            HttpStatusCode.BadRequest,
            "validation-failed");
        var started = await Json.PostOkAsync(ops, "ops/key-rotations", new { keyId = "k2" }, HttpStatusCode.Accepted);
        Assert.Equal("k2", started.Str("keyId"));
        var result = await CompletedAsync(second, started.Str("instanceId"));
        Assert.Equal("completed", result.Outcome);
        Assert.True(result.ApplicationsChanged >= 2 && result.TicketsChanged >= 1, result.ToString());

        var moved = (await RecordAsync(second, applicationId)).Applicant;
        Assert.StartsWith("k2:", moved.IdNumberIndex);
        Assert.StartsWith("k2:", moved.IdNumberProtected);
        Assert.StartsWith("k2:", moved.BirthDateProtected);
        Assert.Equal(idNumber, Protector(second).Decrypt(moved.IdNumberProtected));
        var tickets = second.Services.GetRequiredService<SupportTicketStore>();
        var ticket = (await tickets.GetAsync(ticketId, CancellationToken.None))!;
        Assert.StartsWith("k2:", ticket.Contact.ProtectedName);
        Assert.Equal(Tickets.ValidFields().Name, Protector(second).Decrypt(ticket.Contact.ProtectedName));
        var view = await owner.GetFromJsonAsync<JsonElement>($"applications/{applicationId}");
        Assert.Equal("hrss-review", view.Str("stage"));
        // After: under the second key's index, and nothing is left under the first's.
        await DuplicateOfAsync(owner, idNumber, applicationId);
        var locks = second.Services.GetRequiredService<ActiveApplicationLocks>();
        Assert.Equal(applicationId, await locks.HolderAsync(moved.IdNumberIndex, CancellationToken.None));
        Assert.Null(await locks.HolderAsync(Protector(second).IndexesOf(idNumber)[1], CancellationToken.None));

        var newCard = await CardSagaDriver.SeedAsync(second, "rotation-new-holder", processStarted: false);
        Assert.StartsWith("k2:", (await RecordAsync(second, newCard.ApplicationId)).Applicant.IdNumberIndex);
        var newCardNumber = (await CardSagaDriver.RunAsync(second, newCard.ApplicationId)).CardNumber!;
        var psb = await second.ClientForAsync("rotation-psb", ["psb"]);
        foreach (var (number, holder) in new[] { (oldCardNumber, oldCard), (newCardNumber, newCard) })
        {
            var check = await psb.GetFromJsonAsync<JsonElement>(
                $"cards/{number}/verification?name={Uri.EscapeDataString(holder.Name)}&idNumber={holder.IdNumber}");
            Assert.True(check.GetProperty("valid").GetBoolean(), check.ToString());
            Assert.True(check.GetProperty("holderMatches").GetBoolean(), check.ToString());
        }

        var audit = await ops.GetFromJsonAsync<JsonElement>(
            $"ops/audit?action=ops.key-rotation&target={started.Str("instanceId")}");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(),
            r => r.Str("outcome") == "accepted" && r.Str("actor") == "rotation-ops");
    }

    [Fact]
    public async Task Rotate_EverythingAlreadyUnderTheCurrentKey_ChangesNothing()
    {
        await using var host = await LocalHostUnderTest.StartAsync(settings: SecondKeyCurrent);
        var applicant = await host.ClientForAsync("rotation-again", ["applicant"]);
        var (applicationId, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var before = (await RecordAsync(host, applicationId)).Applicant;
        var ops = await host.ClientForAsync("rotation-ops-2", ["ops"]);

        var first = await Json.PostOkAsync(ops, "ops/key-rotations", new { keyId = "k2" }, HttpStatusCode.Accepted);
        await CompletedAsync(host, first.Str("instanceId"));
        var again = await Json.PostOkAsync(ops, "ops/key-rotations", new { keyId = "k2" }, HttpStatusCode.Accepted);
        var result = await CompletedAsync(host, again.Str("instanceId"));

        Assert.Equal((0, 0), (result.ApplicationsChanged, result.TicketsChanged));
        Assert.Equal(before, (await RecordAsync(host, applicationId)).Applicant);
    }

    private static async Task<string> SubmittedToReviewAsync(HttpClient applicant, string idNumber)
    {
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        await ApplicationFlows.AtStageAsync(applicant, id, "hrss-review");
        return id;
    }

    private static async Task<(SeededApplication Card, string Number)> IssuedCardAsync(
        LocalHostUnderTest host, string holder)
    {
        var card = await CardSagaDriver.SeedAsync(host, holder, processStarted: false);
        return (card, (await CardSagaDriver.RunAsync(host, card.ApplicationId)).CardNumber!);
    }

    private static async Task DuplicateOfAsync(HttpClient owner, string idNumber, string applicationId)
    {
        var body = await ApplicationFlows.BodyAsync(owner, "E-DEMO-HAIZHU", "manual", idNumber);
        var again = await owner.PostAsJsonAsync("applications", body);
        var problem = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "duplicate-application");
        Assert.Equal(applicationId, problem.Str("applicationId"));
    }

    private static async Task<KeyRotationResult> CompletedAsync(LocalHostUnderTest host, string instanceId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var done = await host.Durable.WaitForInstanceCompletionAsync(
            instanceId, getInputsAndOutputs: true, timeout.Token);
        Assert.True(done.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            $"{done.RuntimeStatus} {done.FailureDetails?.ErrorMessage}");
        return done.ReadOutputAs<KeyRotationResult>()!;
    }

    private static PersonalDataProtector Protector(LocalHostUnderTest host) =>
        host.Services.GetRequiredService<PersonalDataProtector>();

    private static bool Current(LocalHostUnderTest host, string value) => Protector(host).IsCurrent(value);

    private static Task<Domain.Applications.ApplicationRecord> RecordAsync(
        LocalHostUnderTest host, string applicationId) =>
        CardSagaDriver.RecordAsync(host, applicationId);
}
