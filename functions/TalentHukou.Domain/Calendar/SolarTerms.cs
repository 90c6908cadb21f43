using TalentHukou.Domain.Time;

namespace TalentHukou.Domain.Calendar;

/// <summary>
/// Solar terms (节气) from the sun's apparent geocentric longitude, after Meeus, <i>Astronomical Algorithms</i>
/// (2nd ed.): the solar coordinates of chapter 25 with nutation and aberration, the term's instant found by
/// iteration (chapter 27's method), dynamical time turned into universal time with the Espenak–Meeus ΔT polynomials.
/// The longitude is good to about 0.01° (a quarter of an hour), so the China date is right unless the term falls within
/// minutes of midnight; the tests check it against published tables.
/// </summary>
public static class SolarTerms
{
    private const double QingMingLongitude = 15;

    /// <summary>The China date of 清明, when the sun reaches apparent longitude 15°.</summary>
    public static DateOnly QingMing(int year) => ChinaTime.DateOf(InstantOf(year, QingMingLongitude, month: 4));

    /// <summary>
    /// The instant (UTC) in <paramref name="year"/> when the sun's apparent longitude reaches the given degrees.
    /// </summary>
    public static DateTimeOffset InstantOf(int year, double longitude, int month)
    {
        var jde = JulianDay(new DateTime(year, month, 5, 0, 0, 0, DateTimeKind.Utc));
        for (var i = 0; i < 50; i++)
        {
            var correction = 58 * Math.Sin(Radians(longitude - ApparentLongitude(jde)));
            jde += correction;
            if (Math.Abs(correction) < 1e-6) break;
        }
        var universal = jde - DeltaTSeconds(year) / 86400;
        return new DateTimeOffset(2000, 1, 1, 12, 0, 0, TimeSpan.Zero).AddDays(universal - 2451545.0);
    }

    /// <summary>
    /// The sun's apparent longitude in degrees at Julian Ephemeris Day <paramref name="jde"/> (Meeus 25.2–25.8).
    /// </summary>
    public static double ApparentLongitude(double jde)
    {
        var t = (jde - 2451545.0) / 36525;
        var meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        var anomaly = Radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        var center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(anomaly)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * anomaly)
            + 0.000289 * Math.Sin(3 * anomaly);
        var trueLongitude = meanLongitude + center;
        var node = Radians(125.04 - 1934.136 * t);
        return Normalize(trueLongitude - 0.00569 - 0.00478 * Math.Sin(node));
    }

    /// <summary>ΔT = TT − UT in seconds (Espenak and Meeus, NASA's Five Millennium Canon, 2005–2150).</summary>
    public static double DeltaTSeconds(int year)
    {
        double y = year + 0.25;
        if (y < 2050)
        {
            var t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        var u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }

    private static double JulianDay(DateTime utc) =>
        2451545.0 + (utc - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays;

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Normalize(double degrees)
    {
        var d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }
}
