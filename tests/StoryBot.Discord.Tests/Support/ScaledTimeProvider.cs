using System.Collections.Concurrent;
using System.Diagnostics;

namespace StoryBot.Discord.Tests.Support;

/// <summary>
/// A clock that runs <c>speedup</c> times faster than real time: delays and timers shrink by that factor and
/// <see cref="GetUtcNow"/> advances that much faster, so a 60 s backoff takes 0.6 s at 100×. Every requested delay is
/// recorded (in the client's own, unscaled terms).
/// </summary>
public sealed class ScaledTimeProvider(double speedup) : TimeProvider
{
    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow;
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();

    public double Speedup { get; } = speedup;

    public ConcurrentQueue<TimeSpan> RequestedDelays { get; } = new();

    public override DateTimeOffset GetUtcNow() => _start + Stopwatch.GetElapsedTime(_startTimestamp) * Speedup;

    /// <summary>Converts a real interval (e.g. between two requests the fake recorded) to this clock's time.</summary>
    public TimeSpan ToClientTime(TimeSpan real) => real * Speedup;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan) RequestedDelays.Enqueue(dueTime);
        return System.CreateTimer(callback, state, Scale(dueTime), Scale(period));
    }

    private TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : span / Speedup;
}
