using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Processes;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Time;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Identity;
using TalentHukou.Domain.Privacy;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Routing;
using TalentHukou.Testing;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>
/// Runs the card saga directly on a test host: stores an application that awaits its card (as the application
/// orchestration leaves it after publicity) and schedules <c>CardIssuanceOrchestrator</c> the way CardStep does.
/// <c>processStarted: false</c> leaves the application as a host that died before starting its process would.
/// </summary>
public static class CardSagaDriver
{
    public const string EmployerName = "广州天河智能科技有限公司";

    public static async Task<SeededApplication> SeedAsync(
        LocalHostUnderTest host,
        string owner,
        string name = "陈思远",
        ApplicationStage stage = ApplicationStage.AwaitingCard,
        bool processStarted = true,
        string? idNumber = null)
    {
        var protector = host.Services.GetRequiredService<PersonalDataProtector>();
        var clock = host.Services.GetRequiredService<BusinessClock>();
        var sharedPerson = idNumber is not null;
        idNumber ??= TestIdNumbers.Next();
        var route = ApplicationRoute.For(EmployerKind.Enterprise, "tianhe");
        var record = new ApplicationRecord
        {
            ApplicationId = TableKeys.SortableId("A", DateTimeOffset.UtcNow)
                + (sharedPerson ? Guid.NewGuid().ToString("N")[..4] : ""),
            OwnerSub = owner,
            Mode = ApprovalMode.Manual,
            Stage = stage,
            Applicant = new ApplicantInfo(
                name,
                Masking.IdNumber(idNumber),
                protector.IndexOf(idNumber),
                protector.Encrypt(idNumber),
                protector.Encrypt(BirthDates.Write(new DateOnly(1990, 1, 1))),
                "138****5678",
                $"{owner}@example.com"),
            Employer = new EmployerRef("E-TEST-1", EmployerName, EmployerKind.Enterprise, "tianhe"),
            Route = route,
            NeedsUnitReview = false,
            Education = new EducationInfo(
                "S1", "中山大学", "M1", "计算机科学与技术", Degree.Bachelor, new DateOnly(2012, 7, 1), "C123456789"),
            SubmittedAt = clock.UtcNow,
        };
        var locks = host.Services.GetRequiredService<ActiveApplicationLocks>();
        // A person given twice stands for applications that got past the lock (a restart, or older data): no lock.
        if (!sharedPerson)
            Assert.Null(await locks.TryTakeAsync(
                record.Applicant.IdNumberIndex,
                record.ApplicationId,
                DateTimeOffset.MinValue,
                _ => Task.FromResult(true),
                CancellationToken.None));
        // The tests drive its card saga themselves: the unstarted-process sweep must not start an application process.
        if (!processStarted)
            await host.Services.GetRequiredService<UnstartedMarks>().MarkAsync(
                ApplicationProcess.KindName,
                record.ApplicationId,
                record.Applicant.IdNumberIndex,
                CancellationToken.None);
        await host.Services.GetRequiredService<ApplicationStore>().AddAsync(record, CancellationToken.None);
        return new SeededApplication(record.ApplicationId, name, idNumber, owner);
    }

    public static Task<string> StartAsync(LocalHostUnderTest host, string applicationId, int attempt = 1)
    {
        var clock = host.Services.GetRequiredService<BusinessClock>().Anchor;
        var input = new CardIssuanceInput(applicationId, ApprovalMode.Manual, "drc-staff", clock, attempt);
        return host.Durable.ScheduleNewOrchestrationInstanceAsync(CardSaga.OrchestratorName, input,
            new StartOrchestrationOptions(CardSaga.InstanceIdFor(applicationId, attempt)));
    }

    public static async Task<CardIssuanceResult> CompleteAsync(
        LocalHostUnderTest host, string instanceId, int seconds = 120)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var done = await host.Durable.WaitForInstanceCompletionAsync(
            instanceId, getInputsAndOutputs: true, timeout.Token);
        Assert.True(
            done.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            $"{instanceId}: {done.RuntimeStatus} {done.FailureDetails?.ErrorMessage}");
        return done.ReadOutputAs<CardIssuanceResult>()!;
    }

    public static async Task<CardIssuanceResult> RunAsync(
        LocalHostUnderTest host, string applicationId, int attempt = 1) =>
        await CompleteAsync(host, await StartAsync(host, applicationId, attempt));

    public static async Task<ApplicationRecord> RecordAsync(LocalHostUnderTest host, string applicationId) =>
        (await host.Services.GetRequiredService<ApplicationStore>().GetAsync(applicationId, CancellationToken.None))!
            .Value.Record;

    public static TableClient Table(LocalHostUnderTest host, string name) =>
        host.Services.GetRequiredService<StorageClients>().Table(name);

    public static BlobContainerClient Cards(LocalHostUnderTest host) =>
        host.Services.GetRequiredService<StorageClients>().Container(StorageNames.CardsContainer);

    /// <summary>
    /// Rows of <paramref name="table"/> whose property <paramref name="property"/> (a fixed name) equals
    /// <paramref name="value"/>.
    /// </summary>
    public static async Task<int> CountAsync(LocalHostUnderTest host, string table, string property, string value)
    {
        var count = 0;
        await foreach (var _ in Table(host, table)
            .QueryAsync<TableEntity>($"{property} eq " + TableClient.CreateQueryFilter($"{value}")))
            count++;
        return count;
    }
}

/// <summary>An application stored for a saga test, with its applicant's full ID number.</summary>
public sealed record SeededApplication(string ApplicationId, string Name, string IdNumber, string Owner);

/// <summary>
/// Fresh valid resident ID numbers (GB 11643 check character computed here), one per test application.
/// </summary>
public static class TestIdNumbers
{
    private static int sequence = Random.Shared.Next(0, 500_000);

    public static string Next()
    {
        var n = Interlocked.Increment(ref sequence);
        var birth = new DateOnly(1985, 1, 1).AddDays(n % 5000);
        var body = $"440106{birth:yyyyMMdd}{n % 1000:D3}";
        var sum = body.Select((c, i) => (c - '0') * (int)(Math.Pow(2, 17 - i) % 11)).Sum();
        var check = (12 - sum % 11) % 11;
        return body + (check == 10 ? "X" : check.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
