using Microsoft.DurableTask;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Time;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Workflows.Applications.Activities;

/// <summary>
/// Working-day arithmetic for orchestrations. It runs as an activity so that its answer is recorded in the history:
/// a replay after the calendar file changes (a new year's holidays) still sees the deadline first computed.
/// </summary>
public sealed class ComputeDueBy(BusinessClock clock) : TaskActivity<DueByRequest, DueByAnswer>
{
    public override Task<DueByAnswer> RunAsync(TaskActivityContext context, DueByRequest input)
    {
        var deadlines = clock.Deadlines;
        var answer = input.Period
            ? DueByAnswer.Of(deadlines.PeriodAfter(input.From, input.WorkingDays))
            : new DueByAnswer(deadlines.DueBy(input.From, input.WorkingDays), null);
        return Task.FromResult(answer with { CalendarVersion = deadlines.Calendar.Version });
    }
}

/// <summary>
/// N working days after <see cref="From"/>: a deadline, or (with <see cref="Period"/>) a period such as the publicity.
/// </summary>
public sealed record DueByRequest(DateTimeOffset From, int WorkingDays, bool Period = false);

/// <summary>The deadline, and the period when one was asked for.</summary>
public sealed record DueByAnswer(DateTimeOffset DueBy, WorkingDayPeriod? Period)
{
    /// <summary>The calendar it was computed from; null in histories recorded before deadlines were stamped.</summary>
    public string? CalendarVersion { get; init; }

    public static DueByAnswer Of(WorkingDayPeriod period) => new(period.EndsAt, period);
}
