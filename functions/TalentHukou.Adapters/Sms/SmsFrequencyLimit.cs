namespace TalentHukou.Adapters.Sms;

/// <summary>
/// Our own per-number limit, inside the vendor's default per-number limits (Tencent Cloud SMS: 1 per 30 seconds,
/// 5 per hour, 10 per natural day; a rolling 24 hours is the stricter reading), so the vendor never refuses a notice
/// for frequency. A message over the limit is deferred to when the window frees, never dropped.
/// </summary>
public static class SmsFrequencyLimit
{
    /// <summary>Each window and how many messages it allows.</summary>
    public static IReadOnlyList<(TimeSpan Window, int Allowed)> Windows { get; } =
    [
        (TimeSpan.FromSeconds(30), 1),
        (TimeSpan.FromHours(1), 5),
        (TimeSpan.FromDays(1), 10),
    ];

    /// <summary>The longest window: sends older than this never matter.</summary>
    public static TimeSpan Longest => Windows.Max(w => w.Window);

    /// <summary>Null when one more message may go at <paramref name="now"/>; else the earliest time it may.</summary>
    public static DateTimeOffset? NextAllowed(IEnumerable<DateTimeOffset> sent, DateTimeOffset now)
    {
        var times = sent.Where(t => t > now - Longest).OrderByDescending(t => t).ToList();
        DateTimeOffset? next = null;
        foreach (var (window, allowed) in Windows)
        {
            var inWindow = times.Where(t => t > now - window).ToList();
            if (inWindow.Count < allowed) continue;
            // The window frees when the oldest send that fills it leaves it (a small margin for the vendor's clock).
            var frees = inWindow[allowed - 1] + window + TimeSpan.FromSeconds(1);
            if (next is null || frees > next) next = frees;
        }

        return next;
    }
}
