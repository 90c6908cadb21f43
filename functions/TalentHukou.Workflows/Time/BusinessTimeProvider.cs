using TalentHukou.Adapters.Time;

namespace TalentHukou.Workflows.Time;

/// <summary>
/// A <see cref="TimeProvider"/> that answers business time (for components that take one, such as the card verifier).
/// </summary>
public sealed class BusinessTimeProvider(BusinessClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.UtcNow;
}
