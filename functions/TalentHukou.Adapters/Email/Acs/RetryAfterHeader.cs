using System.Globalization;
using Azure;

namespace TalentHukou.Adapters.Email.Acs;

/// <summary>
/// Reads how long a service asked to wait: <c>retry-after-ms</c>, <c>x-ms-retry-after-ms</c>, or <c>retry-after</c> in
/// seconds or as an HTTP date.
/// </summary>
internal static class RetryAfterHeader
{
    /// <summary>The wait the response asks for, or null when it names none.</summary>
    public static TimeSpan? Read(Response? response, TimeProvider timeProvider)
    {
        if (response is null)
        {
            return null;
        }

        foreach (var name in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValue(name, out var ms)
                && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
                && milliseconds >= 0)
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
        }

        if (!response.Headers.TryGetValue("retry-after", out var value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? TimeSpan.FromTicks(Math.Max(0, (at - timeProvider.GetUtcNow()).Ticks))
            : null;
    }
}
