namespace Parley.Benchmarks;

/// <summary>
/// Several measurements of one figure. The median is what gets reported, always with the spread beside it:
/// on a shared, noisy machine a best run says more about the neighbours than about Parley.
/// </summary>
public sealed class Runs(IEnumerable<double> values)
{
    readonly double[] _sorted = values.Order().ToArray();

    public int Count => _sorted.Length;
    public double Median => Percentile(_sorted, 50);
    public double Min => _sorted.Length == 0 ? double.NaN : _sorted[0];
    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    public string Show(string format = "N0") =>
        Count == 0 ? "n/a" : Count == 1 ? $"{Median.ToString(format)} (1 run)" : $"{Median.ToString(format)} ({Min.ToString(format)}–{Max.ToString(format)}, {Count} runs)";

    /// <summary>Nearest-rank on a sorted array, interpolated, so p99 of a few hundred samples is not just the maximum.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return double.NaN;
        var rank = p / 100 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}

/// <summary>Latencies of one load run, in milliseconds.</summary>
public sealed record LatencySample(IReadOnlyList<double> Milliseconds, TimeSpan Duration)
{
    public double P(double percentile) => Runs.Percentile(Milliseconds.Order().ToList(), percentile);
    public double PerSecond => Milliseconds.Count / Duration.TotalSeconds;
}
