namespace TalentHukou.Adapters.Email.Outbox;

/// <summary>
/// The life of an outbox row: <see cref="Queued"/> (waiting for its first or next attempt), <see cref="Sending"/> (an
/// attempt holds the row until <c>LeaseUntil</c>), then <see cref="Sent"/> or <see cref="Failed"/> for good. An SMS row
/// goes on from <see cref="Sent"/> (the gateway accepted it) to <see cref="Delivered"/> or <see cref="Failed"/> when
/// the delivery report comes.
/// </summary>
public static class OutboxStatus
{
    public const string Queued = "queued";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Delivered = "delivered";

    /// <summary>Every status, in the order of a row's life.</summary>
    public static IReadOnlyList<string> All { get; } = [Queued, Sending, Sent, Delivered, Failed];

    /// <summary>True when nothing more will happen to the row.</summary>
    public static bool IsFinal(string status) => status is Sent or Delivered or Failed;

    /// <summary>
    /// True when nothing more will happen to a row of <paramref name="channel"/> (an SMS waits for its report).
    /// </summary>
    public static bool IsFinal(string channel, string status) =>
        channel == OutboxChannel.Sms ? status is Delivered or Failed : IsFinal(status);
}

/// <summary>The channels of the outbox: one row per event per channel.</summary>
public static class OutboxChannel
{
    public const string Email = "email";
    public const string Sms = "sms";
}
