using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Adapters.Tests.Email.Acs;

namespace TalentHukou.Adapters.Tests.Email.Acs;

/// <summary>
/// A clock for tests: every reading moves one second on (so each signature gets a new <c>x-ms-date</c>), and every
/// timer fires at once while its requested delay is recorded (so polling waits are asserted, not slept).
/// </summary>
internal sealed class InstantDelayTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _delays = [];
    private DateTimeOffset _now = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_gate)
            {
                return [.. _delays];
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            _now = _now.AddSeconds(1);
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_gate)
            {
                _delays.Add(dueTime);
            }

            dueTime = TimeSpan.Zero;
        }

        return System.CreateTimer(callback, state, dueTime, period);
    }
}
