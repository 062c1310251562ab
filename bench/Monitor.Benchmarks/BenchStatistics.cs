namespace Monitor.Benchmarks;

/// <summary>The figures every bench command prints: medians and nearest-rank percentiles.</summary>
internal static class BenchStatistics
{
    public static double Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
