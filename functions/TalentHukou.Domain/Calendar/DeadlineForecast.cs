using System.ComponentModel;
namespace TalentHukou.Domain.Calendar;

/// <summary>
/// What a notice for a year would do to the deadlines armed now (a dry run): how many that count days in that year
/// would move later, earlier, or stay, under the same rules as the move itself (<see cref="DeadlineShift"/>).
/// </summary>
public static class DeadlineForecast
{
    public static DeadlineMoves Count(
        IEnumerable<ArmedDeadline> armed, int year, DeadlinePolicy candidate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(armed);
        int later = 0, earlier = 0, unchanged = 0;
        foreach (var deadline in armed.Where(d => d.CountsDaysIn(year)))
        {
            switch (DeadlineShift.Apply(deadline, candidate, now).Direction)
            {
                case DeadlineDirection.Later: later++; break;
                case DeadlineDirection.Earlier: earlier++; break;
                default: unchanged++; break;
            }
        }
        return new DeadlineMoves(later + earlier, later, earlier, unchanged);
    }
}

/// <summary>Open deadlines counting days in the year: how many would move, and which way.</summary>
[Description("节假日安排对在办期限的影响（预演）。How many open deadlines a calendar change would move, and which way.")]
public sealed record DeadlineMoves(
    [Description("将变动数。How many open deadlines would move (later plus earlier).")] int WouldMove,
    [Description("将推迟数。How many would fall later.")] int Later,
    [Description("将提前数。How many would fall earlier (staff deadlines only: a person's never moves earlier).")]
    int Earlier,
    [Description("不变数。How many count days in the year and stay as they are.")] int Unchanged);
