using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Calendar;

namespace TalentHukou.Workflows.Deadlines;

/// <summary>
/// One sweep of a notice's re-arm: raises <see cref="CalendarChange"/> on every instance whose armed deadline counts
/// days in the notice's year and was computed from another calendar version. Skipped when a newer notice is in force
/// (its own sweep covers it). The client comes as a binding in the Functions app, from DI on the local host.
/// </summary>
public sealed class SignalArmedDeadlines(CalendarSource calendars, DurableTaskClient durable)
    : TaskActivity<RearmSweep, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, RearmSweep input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var current = calendars.Current.Version == input.Version
            ? calendars.Current
            : await calendars.ReloadAsync(CancellationToken.None);
        if (current.Version != input.Version) return 0;
        var change = new CalendarChange(input.Version, input.Reference);
        var signalled = 0;
        await foreach (var (instanceId, deadline) in ArmedDeadlines.ListAsync(durable, CancellationToken.None))
        {
            if (!deadline.CountsDaysIn(input.Year) || deadline.CalendarVersion == input.Version) continue;
            await durable.RaiseEventAsync(instanceId, CalendarChange.EventName, change);
            signalled++;
        }
        return signalled;
    }
}

/// <summary>
/// A notice's re-arm: its year, the calendar version it made, its reference, and the propagation bound.
/// </summary>
public sealed record RearmSweep(int Year, string Version, string Reference, TimeSpan PropagationBound);
