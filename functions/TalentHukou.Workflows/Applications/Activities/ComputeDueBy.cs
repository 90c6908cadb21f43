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
    public override Task<DueByAnswer> RunAsync(TaskActivityContext context, DueByRequest input) => Task.FromResult(
        input.Period
            ? DueByAnswer.Of(clock.Deadlines.PeriodAfter(input.From, input.WorkingDays))
            : new DueByAnswer(clock.Deadlines.DueBy(input.From, input.WorkingDays), null));
}

/// <summary>N working days after <see cref="From"/>: a deadline, or (with <see cref="Period"/>) a period such as the publicity.</summary>
public sealed record DueByRequest(DateTimeOffset From, int WorkingDays, bool Period = false);

/// <summary>The deadline, and the period when one was asked for.</summary>
public sealed record DueByAnswer(DateTimeOffset DueBy, WorkingDayPeriod? Period)
{
    public static DueByAnswer Of(WorkingDayPeriod period) => new(period.EndsAt, period);
}
