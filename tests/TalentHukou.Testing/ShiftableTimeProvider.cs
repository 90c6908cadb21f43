namespace TalentHukou.Testing;

/// <summary>
/// The system clock, moved forward on demand: a test that must see "later" (a reservation gone stale, say) jumps there
/// instead of sleeping and racing a busy machine, while timers and delays keep running in real time.
/// </summary>
public sealed class ShiftableTimeProvider : TimeProvider
{
    private long _shiftTicks;

    public TimeSpan Shift => TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _shiftTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}
