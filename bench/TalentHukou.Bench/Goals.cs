using System.Globalization;

namespace TalentHukou.Bench;

/// <summary>
/// Issue #26's goals (section 4), checked against the parts that ran. They hold on Azurite with the defaults: a goal
/// stated at a concurrency is met only by a run at that concurrency.
/// </summary>
public static class Goals
{
    public const int SubmitConcurrency = 32;
    public const int StatusReadConcurrency = 64;

    public static IReadOnlyList<TargetCheck> Check(Report report)
    {
        var checks = new List<TargetCheck>();
        if (report.Submit is { } submit)
        {
            var at = report.Options.Concurrency;
            checks.Add(AtConcurrency($"B1 submit p99 <= 2 s at {SubmitConcurrency} concurrent",
                submit.P99Ms <= 2000, $"{S(submit.P99Ms)} s", at, SubmitConcurrency));
            checks.Add(AtConcurrency($"B1 submit p50 <= 500 ms at {SubmitConcurrency} concurrent",
                submit.P50Ms <= 500, $"{F(submit.P50Ms, 0)} ms", at, SubmitConcurrency));
        }
        if (report.SubmitToBaselineRatio is { } submitRatio)
            checks.Add(new("B1 submit >= 5% of raw inserts", submitRatio >= 0.05, P(submitRatio)));
        if (report.SmartPathAzurite is { } azurite)
        {
            checks.Add(new("B2 Azurite >= 5.9 sagas/s", azurite.SagasPerSecond >= 5.9,
                $"{F(azurite.SagasPerSecond, 2)}/s"));
            checks.Add(new("B2 Azurite e-signature -> card p99 <= 6.8 s", azurite.SignatureToCardP99Ms <= 6800,
                $"{S(azurite.SignatureToCardP99Ms)} s"));
        }
        if (report.StatusReadsToPointReadRatio is { } readRatio)
            checks.Add(new("B3 status reads >= 50% of raw point reads", readRatio >= 0.5, P(readRatio)));
        if (report.StatusReads is { } reads)
        {
            checks.Add(AtConcurrency($"B3 status read p99 <= 100 ms at {StatusReadConcurrency} concurrent",
                reads.P99Ms <= 100, $"{F(reads.P99Ms, 1)} ms", report.Options.ReadConcurrency, StatusReadConcurrency));
        }
        if (report.B4 is { } b4)
        {
            checks.Add(new("B4 <= 250 storage requests / application", b4.RequestsPerApplication <= 250,
                F(b4.RequestsPerApplication, 1)));
        }
        return checks;
    }

    private static TargetCheck AtConcurrency(string name, bool met, string measured, int concurrency, int goal) =>
        concurrency == goal ? new(name, met, measured) : new(name, false, $"{measured} at {concurrency} concurrent");

    private static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static string S(double milliseconds) => F(milliseconds / 1000, 2);

    private static string P(double ratio) => F(100 * ratio, 1) + " %";
}
