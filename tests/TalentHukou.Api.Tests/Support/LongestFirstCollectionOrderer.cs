using Xunit.Abstractions;

[assembly: TestCollectionOrderer(
    "TalentHukou.Api.Tests.Support.LongestFirstCollectionOrderer", "TalentHukou.Api.Tests")]

namespace TalentHukou.Api.Tests.Support;

/// <summary>
/// Starts the longest collections first. xunit runs three collections at a time (xunit.runner.json) in the order it is
/// given, by default a hash: a long serial chain (a shared host's collection) drawn last ran alone for its last
/// ~100 s while two slots stood idle (the 2026-12-06 trx: 696 s wall for 1,664 s of tests; longest first plans 558).
/// Collections not listed keep xunit's order, after the listed ones.
/// </summary>
public sealed class LongestFirstCollectionOrderer : ITestCollectionOrderer
{
    /// <summary>
    /// Summed test seconds per collection (a collection definition's class, or a class that is its own collection),
    /// from a full run's trx; refresh them when a collection grows or shrinks a lot. Only the order matters.
    /// </summary>
    private static readonly Dictionary<string, int> MeasuredSeconds = new(StringComparer.Ordinal)
    {
        ["JourneyCollection"] = 215,
        ["ProvisionalDeadlineTests"] = 187,
        ["ThirdSharedHostCollection"] = 168,
        ["SharedHostCollection"] = 147,
        ["SecondSharedHostCollection"] = 125,
        ["KeyRotationTests"] = 103,
        ["CorrectionDeadlineTests"] = 78,
        ["PublicityCalendarTests"] = 76,
        ["ObjectionTests"] = 75,
        ["PersonalDataScanTests"] = 62,
        ["FaultHostCollection"] = 56,
        ["DeadlineRearmTests"] = 47,
        ["EmailOutboxTests"] = 44,
        ["TicketSlaTests"] = 40,
        ["UnstartedProcessSweepTests"] = 35,
        ["CardSagaFleetTests"] = 34,
        ["RateLimitTests"] = 28,
        ["IssuedCardCollection"] = 23,
    };

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .Select((collection, index) => (collection, index))
            .OrderByDescending(c => MeasuredSeconds.GetValueOrDefault(KeyOf(c.collection)))
            .ThenBy(c => c.index)
            .Select(c => c.collection);

    /// <summary>
    /// The simple name of the collection's definition, or of the one class a default collection holds.
    /// </summary>
    private static string KeyOf(ITestCollection collection)
    {
        var name = collection.CollectionDefinition?.Name ?? collection.DisplayName;
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
