using System.Diagnostics;
using System.Globalization;

namespace StoryBot.Benchmarks.Measurements;

/// <summary>Percentiles of a set of per-operation latencies (nearest-rank), in milliseconds.</summary>
public sealed record LatencySummary(int Count, double P50, double P99, double Max, double Mean)
{
    public static LatencySummary FromTicks(IReadOnlyList<long> stopwatchTicks)
    {
        if (stopwatchTicks.Count == 0)
        {
            return new LatencySummary(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = stopwatchTicks.Order().ToArray();
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        double At(double p) => Ms(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)]);
        return new LatencySummary(sorted.Length, At(0.50), At(0.99), Ms(sorted[^1]), sorted.Average(t => Ms(t)));
    }

    public static string Format(double ms) => ms.ToString(ms < 1 ? "0.000" : "0.0", CultureInfo.InvariantCulture);

    public override string ToString() =>
        $"n={Count} p50={Format(P50)} ms p99={Format(P99)} ms max={Format(Max)} ms mean={Format(Mean)} ms";
}
