using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Workflows.Cards.Saga;

/// <summary>Settings of the card saga (section <c>CardSaga</c>). Durations are real time, not business time.</summary>
public sealed class CardSagaOptions : ISelfValidatingOptions
{
    public const string SectionName = "CardSaga";

    /// <summary>A card is valid this many months from its issue date.</summary>
    public int ValidityMonths { get; set; } = 3;

    /// <summary>Attempts of each saga step before the saga compensates.</summary>
    public int StepAttempts { get; set; } = 4;

    /// <summary>Wait before a step's first retry; it doubles up to 30 s.</summary>
    public TimeSpan StepFirstRetry { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The public-security cross-check and reconciliation.</summary>
    public PsbSyncPolicy PsbSync { get; set; } = new();

    /// <summary>
    /// Test-only fault injection (Development only): the saga step that fails after doing its work —
    /// <c>reserve</c>, <c>sign</c>, <c>render</c>, <c>store</c> or <c>record</c>. Empty in normal operation.
    /// </summary>
    public string? FailAtStep { get; set; }

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (ValidityMonths is not (>= 1 and <= 24) || StepAttempts is not (>= 1 and <= 10)
            || StepFirstRetry <= TimeSpan.Zero || !PsbSync.IsValid()
            || !(string.IsNullOrEmpty(FailAtStep) || CardSagaSteps.All.Contains(FailAtStep)))
            yield return "CardSaga settings are out of range (ValidityMonths 1-24, StepAttempts 1-10, "
                + "PsbSync durations positive, FailAtStep one of reserve, sign, render, store, record).";
        if (!string.IsNullOrEmpty(FailAtStep) && !environment.IsDevelopment())
            yield return "CardSaga:FailAtStep injects faults for tests; "
                + "it is refused outside the Development environment.";
    }
}

/// <summary>
/// How the saga makes sure public security has the card: cross-check, retrying with backoff (a slow sync is normal);
/// after <see cref="ReconcileAfter"/> without success, reconcile: re-push the record each round, then cross-check
/// again.
/// </summary>
public sealed record PsbSyncPolicy
{
    /// <summary>Wait before the first cross-check after the push.</summary>
    public TimeSpan FirstCheckAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Each wait between cross-checks is this many times the previous one …</summary>
    public double Backoff { get; init; } = 2;

    /// <summary>… up to this long.</summary>
    public TimeSpan MaxCheckInterval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Without a successful cross-check for this long after the push, reconciliation starts.</summary>
    public TimeSpan ReconcileAfter { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Reconciliation rounds (re-push, wait, cross-check) before it is reported failed for good.</summary>
    public int ReconciliationRounds { get; init; } = 5;

    /// <summary>Wait between a round's re-push and its cross-check.</summary>
    public TimeSpan RoundInterval { get; init; } = TimeSpan.FromMinutes(30);

    public bool IsValid() =>
        FirstCheckAfter > TimeSpan.Zero && Backoff is >= 1 and <= 10 && MaxCheckInterval >= FirstCheckAfter
        && ReconcileAfter >= TimeSpan.Zero && ReconciliationRounds is >= 1 and <= 100 && RoundInterval > TimeSpan.Zero;
}

/// <summary>The steps of the saga that fault injection can fail.</summary>
public static class CardSagaSteps
{
    public const string Reserve = "reserve";
    public const string Sign = "sign";
    public const string Render = "render";
    public const string Store = "store";
    public const string Record = "record";

    public static IReadOnlyList<string> All { get; } = [Reserve, Sign, Render, Store, Record];
}
