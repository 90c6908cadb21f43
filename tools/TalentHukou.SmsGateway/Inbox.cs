namespace TalentHukou.SmsGateway;

/// <summary>Every message the gateway accepted, with its delivery report; in memory, like maildev's.</summary>
public sealed class Inbox
{
    private readonly List<SentMessage> _messages = [];
    private readonly Lock _lock = new();

    public void Add(SentMessage message)
    {
        lock (_lock) _messages.Add(message);
    }

    public IReadOnlyList<SentMessage> Newest()
    {
        lock (_lock) return [.. _messages.OrderByDescending(m => m.At)];
    }

    /// <summary>
    /// Messages to <paramref name="phone"/> sent in [from, to], oldest first (the order reports are pulled in).
    /// </summary>
    public IReadOnlyList<SentMessage> To(string phone, DateTimeOffset from, DateTimeOffset to)
    {
        lock (_lock) return [.. _messages.Where(m => m.To == phone && m.At >= from && m.At <= to).OrderBy(m => m.At)];
    }

    public int CountTo(string phone, DateTimeOffset since)
    {
        lock (_lock) return _messages.Count(m => m.To == phone && m.At > since);
    }

    public void Clear()
    {
        lock (_lock) _messages.Clear();
    }
}

/// <summary>One accepted message: to (11 digits), the text as the phone shows it, when, and its report.</summary>
public sealed record SentMessage(
    string To, string Text, DateTimeOffset At, string SerialNo, string? SessionContext, bool Delivered);
