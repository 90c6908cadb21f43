namespace TalentHukou.Adapters.Email.Outbox;

/// <summary>
/// The life of an outbox row: <see cref="Queued"/> (waiting for its first or next attempt), <see cref="Sending"/> (an
/// attempt holds the row until <c>LeaseUntil</c>), then <see cref="Sent"/> or <see cref="Failed"/> for good.
/// </summary>
public static class OutboxStatus
{
    public const string Queued = "queued";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";

    /// <summary>Every status, in the order of a row's life.</summary>
    public static IReadOnlyList<string> All { get; } = [Queued, Sending, Sent, Failed];

    /// <summary>True when nothing more will happen to the row.</summary>
    public static bool IsFinal(string status) => status is Sent or Failed;
}
