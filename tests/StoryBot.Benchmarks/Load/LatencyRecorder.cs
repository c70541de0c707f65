using System.Collections.Concurrent;
using System.Diagnostics;
using StoryBot.Benchmarks.Measurements;

namespace StoryBot.Benchmarks.Load;

/// <summary>
/// Matches each sent interaction to its callback and keeps the time between them. Thread-safe: sends come from
/// the pacing loop, completions from the fake Discord's request threads.
/// </summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, long> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<long> latencies = new();
    private readonly ConcurrentQueue<string> errors = new();
    private int completed;

    public int Sent { get; private set; }

    public int Completed => Volatile.Read(ref completed);

    public int Outstanding => pending.Count;

    public IReadOnlyCollection<string> Errors => errors;

    public void MarkSent(string interactionId)
    {
        pending[interactionId] = Stopwatch.GetTimestamp();
        Sent++;
    }

    /// <summary>A callback arrived; <paramref name="error"/> is null when the fake accepted it.</summary>
    public void MarkAnswered(string interactionId, string? error)
    {
        var now = Stopwatch.GetTimestamp();
        if (!pending.TryRemove(interactionId, out var sentAt))
        {
            return; // Not ours (an earlier stage, or a second callback for the same interaction).
        }

        Interlocked.Increment(ref completed);
        if (error is null)
        {
            latencies.Enqueue(now - sentAt);
        }
        else
        {
            errors.Enqueue($"{interactionId}: {error}");
        }
    }

    /// <summary>Interactions still unanswered count as errors: a user would have seen "The application did not respond".</summary>
    public IReadOnlyList<string> Unanswered() => [.. pending.Keys];

    public LatencySummary Summary() => LatencySummary.FromTicks([.. latencies]);
}
