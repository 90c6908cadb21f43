namespace TalentHukou.Domain.Time;

/// <summary>China Standard Time (UTC+8, no daylight saving): the time zone of every business deadline.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToChina(instant).DateTime);

    /// <summary>A deadline as people read it: China time to the minute (<c>yyyy-MM-dd HH:mm</c>).</summary>
    public static string ToMinute(DateTimeOffset instant) =>
        ToChina(instant).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The instant <paramref name="time"/> o'clock on <paramref name="date"/> in China.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);
}
