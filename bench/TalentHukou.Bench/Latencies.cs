namespace TalentHukou.Bench;

/// <summary>A set of measured durations in milliseconds: nearest-rank percentiles.</summary>
public sealed class Latencies(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = milliseconds.Order().ToArray();

    public int Count => _sorted.Length;

    public double Percentile(double p) => _sorted.Length == 0
        ? double.NaN
        : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public double P50 => Percentile(50);

    public double P95 => Percentile(95);

    public double P99 => Percentile(99);
}
