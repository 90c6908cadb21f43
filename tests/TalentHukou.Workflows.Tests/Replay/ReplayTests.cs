namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>
/// Issue #27's rule: cases are in flight while a release ships, so the current orchestrators must replay every history
/// of every recorded set (README.md in this folder says how to add a set or a case).
/// </summary>
public class ReplayTests
{
    /// <summary>The release the current code replaces; the continuation tests start from its cases.</summary>
    public const string PreviousRelease = "release-2026-12-06";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in ReplayFixture.Sets())
            foreach (var @case in ReplayFixture.CasesOf(set)) data.Add(set, @case);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Replay_HistoryOfPreviousRelease_TakesTheRecordedActions(string set, string @case) =>
        ReplayHarness.AssertReplaysAsRecorded(ReplayFixture.Load(set, @case));
}
