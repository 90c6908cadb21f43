namespace TalentHukou.Domain.Time;

/// <summary>
/// Maps real time to business time: business = <see cref="BusinessStart"/> + (real − <see cref="RealStart"/>) ×
/// <see cref="Acceleration"/>. With acceleration 1 and equal starts it is the identity (production). Orchestrations
/// carry the anchor in their input so that replays and restarts map time exactly as the first execution did.
/// </summary>
public sealed record ClockAnchor(DateTimeOffset RealStart, DateTimeOffset BusinessStart, double Acceleration)
{
    public static ClockAnchor RealTime { get; } = new(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1);

    public bool IsRealTime => Acceleration == 1 && RealStart == BusinessStart;

    public DateTimeOffset ToBusiness(DateTimeOffset real) =>
        IsRealTime ? real : BusinessStart + (real - RealStart) * Acceleration;

    public DateTimeOffset ToReal(DateTimeOffset business) =>
        IsRealTime ? business : RealStart + (business - BusinessStart) / Acceleration;
}
