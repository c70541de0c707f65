using System.Diagnostics;
using System.Globalization;
using StoryBot.Benchmarks.Measurements;

namespace StoryBot.Benchmarks.Load;

/// <summary>What one fixed-rate stage measured.</summary>
public sealed record StageResult(
    int Rate,
    int Sent,
    double SendSeconds,
    int Answered,
    int Errors,
    int Unanswered,
    LatencySummary Latency,
    double BotCpuSeconds,
    double WallSeconds,
    long BotPeakWorkingSet,
    IReadOnlyList<string> SampleErrors)
{
    public static string Header =>
        "| rate (/s) | sent | achieved rate (/s) | answered | errors | unanswered | p50 (ms) | p99 (ms) | max (ms) | bot CPU (s) | bot CPU (% of 1 core) | bot peak WS (MB) |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|---|";

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Rate:N0} | {Sent:N0} | {Sent / SendSeconds:N0} | {Answered - Errors:N0} | {Errors:N0} | {Unanswered:N0} | " +
        $"{LatencySummary.Format(Latency.P50)} | {LatencySummary.Format(Latency.P99)} | {LatencySummary.Format(Latency.Max)} | " +
        $"{BotCpuSeconds:0.0} | {100 * BotCpuSeconds / WallSeconds:0} | {BotPeakWorkingSet / 1048576.0:N0} |");
}

/// <summary>
/// Open-loop load at a fixed rate: interaction <c>i</c> is sent at <c>i / rate</c> seconds whether or not earlier
/// ones were answered, so a slow bot shows up as latency and errors, not as a lower send rate.
/// </summary>
public static class LoadStage
{
    private static readonly string[] AskQuestions = [.. Questions.ByKind.Values];

    public static async Task<StageResult> RunAsync(
        IInteractionSender sender, LatencyRecorder recorder, ProcessMeter bot,
        int rate, TimeSpan duration, int maxCount, TimeSpan drain, CancellationToken cancellationToken)
    {
        var total = (int)Math.Min(maxCount, rate * duration.TotalSeconds);
        var cpuBefore = bot.CpuTime;
        var clock = Stopwatch.StartNew();
        var next = 0;
        while (next < total)
        {
            var due = (int)Math.Min(total, Math.Floor(clock.Elapsed.TotalSeconds * rate) + 1);
            for (; next < due; next++)
            {
                var id = sender.NextId();
                recorder.MarkSent(id);
                await sender.SendAskAsync(id, AskQuestions[next % AskQuestions.Length], cancellationToken);
            }

            await Task.Delay(1, cancellationToken);
        }

        var sendSeconds = clock.Elapsed.TotalSeconds;
        var drainUntil = clock.Elapsed + drain;
        while (recorder.Outstanding > 0 && clock.Elapsed < drainUntil)
        {
            await Task.Delay(10, cancellationToken);
        }

        var wallSeconds = clock.Elapsed.TotalSeconds;
        var cpu = (bot.CpuTime - cpuBefore).TotalSeconds;
        var unanswered = recorder.Unanswered();
        return new StageResult(
            rate, recorder.Sent, Math.Max(sendSeconds, 1e-9), recorder.Completed, recorder.Errors.Count, unanswered.Count,
            recorder.Summary(), cpu, wallSeconds, bot.PeakWorkingSet,
            [.. recorder.Errors.Take(5), .. unanswered.Take(5).Select(id => $"{id}: no callback within {drain.TotalSeconds:0} s of the last send")]);
    }
}
