using System.Globalization;
using Microsoft.DurableTask;
using TalentHukou.Adapters.Applications;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;

namespace TalentHukou.Workflows.Applications.Activities;

/// <summary>
/// Reads where a stored application stands, for a process that resumes from the record (an ops restart or repair)
/// instead of from submission: which steps are done, the publicity under way, the next card attempt.
/// </summary>
public sealed class ReadResumePoint(ApplicationStore store) : TaskActivity<string, ResumePoint>
{
    public override async Task<ResumePoint> RunAsync(TaskActivityContext context, string input)
    {
        var record = (await store.GetAsync(input, CancellationToken.None))?.Record;
        if (record is null) return new ResumePoint(null, false, false, null, false, [], 1);
        bool Done(string @event) => record.Timeline.Any(t => t.Event == @event);
        var attempts = record.Timeline.Select(t => AttemptOf(t.Event)).DefaultIfEmpty(0).Max();
        return new ResumePoint(
            record.Stage,
            Done("unit-review-approved"),
            Done("hrss-review-approved") || Done("smart-checks-passed"),
            record.Publicity,
            Done("publicity-ended"),
            record.Objections.Where(o => o.Status == ObjectionStatus.Open).Select(o => o.ObjectionId).ToList(),
            attempts + 1);
    }

    /// <summary>
    /// The attempt number of a card step's event (<c>awaiting-signature-2</c>, <c>card-issuing-3</c>…), else 0.
    /// </summary>
    private static int AttemptOf(string @event)
    {
        string[] prefixes =
            ["awaiting-signature-", "card-issue-", "card-issuing-", "card-issued-", "card-attempt-", "e-signed-"];
        foreach (var prefix in prefixes.Where(p => @event.StartsWith(p, StringComparison.Ordinal)))
        {
            var digits = new string(@event[prefix.Length..].TakeWhile(char.IsAsciiDigit).ToArray());
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var attempt)) return attempt;
        }
        return 0;
    }
}

/// <summary>
/// Where an application stands for a resumed process; <see cref="Stage"/> null when it is not stored.
/// </summary>
public sealed record ResumePoint(
    ApplicationStage? Stage, bool UnitReviewDone, bool ReviewDone, WorkingDayPeriod? Publicity, bool PublicityEnded,
    IReadOnlyList<string> OpenObjections, int NextCardAttempt)
{
    /// <summary>
    /// A process resumes only where it waits for a person; anything else ends it at once, changing nothing.
    /// </summary>
    public bool CanResume => Stage is ApplicationStage.UnitReview or ApplicationStage.HrssReview
        or ApplicationStage.Publicity or ApplicationStage.ObjectionReview or ApplicationStage.AwaitingCard;
}
