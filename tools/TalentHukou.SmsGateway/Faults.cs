namespace TalentHukou.SmsGateway;

/// <summary>
/// Fault modes for tests (<c>PUT /api/faults</c>): <c>Mode</c> <c>throttle</c> (every send refused with the 30-second
/// limit code), <c>outage</c> (HTTP 503 to every call), <c>lose-answer</c> (the message is sent and reported, but the
/// caller gets a 504, as when the connection dies mid-send); numbers answered as invalid, opted out, or accepted but
/// reported undelivered.
/// </summary>
public sealed record Faults(
    string Mode = Faults.None,
    IReadOnlyList<string>? InvalidNumbers = null,
    IReadOnlyList<string>? OptedOutNumbers = null,
    IReadOnlyList<string>? UndeliverableNumbers = null)
{
    public const string None = "none";
    public const string Throttle = "throttle";
    public const string Outage = "outage";
    public const string LoseAnswer = "lose-answer";

    public bool Lists(IReadOnlyList<string>? numbers, string phone) => numbers?.Contains(phone) == true;
}

/// <summary>The faults in force (one at a time, switched by tests).</summary>
public sealed class FaultSwitch
{
    public Faults Current { get; set; } = new();
}
