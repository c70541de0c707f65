using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace StoryBot.Discord.Rest;

/// <summary>
/// Discord's rate limits as the response headers describe them. A limiter is keyed by (bucket hash, major id);
/// before a route's bucket hash is known, by (route template, major id). Requests on one limiter run one at a time,
/// wait while the bucket is empty, and every request (except interaction routes) waits out a global 429.
/// </summary>
public sealed class RateLimitBuckets(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _bucketHashByRoute = new();
    private readonly ConcurrentDictionary<string, Limiter> _limiters = new();
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalBlockedUntil = DateTimeOffset.MinValue;

    /// <summary>Waits until <paramref name="route"/> may be sent, then holds its limiter until the lease is disposed.</summary>
    public async Task<IDisposable> AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        var limiter = LimiterFor(route);
        await limiter.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (WaitNeeded(route, limiter) is { } wait && wait > TimeSpan.Zero)
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            return new Lease(limiter);
        }
        catch
        {
            limiter.Gate.Release();
            throw;
        }
    }

    /// <summary>Records <c>X-RateLimit-Bucket</c>, <c>-Remaining</c> and <c>-Reset-After</c> from a response.</summary>
    public void Update(RestRoute route, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
            _bucketHashByRoute[route.RouteKey] = hash;
        var limiter = LimiterFor(route);
        var remaining = Header(headers, "X-RateLimit-Remaining");
        var resetAfter = Header(headers, "X-RateLimit-Reset-After");
        if (remaining is null || resetAfter is null)
            return;
        if (int.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var left)
            && double.TryParse(resetAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            lock (limiter)
            {
                limiter.Remaining = left;
                limiter.ResetAt = time.GetUtcNow() + TimeSpan.FromSeconds(seconds);
            }
        }
    }

    /// <summary>A 429: block the route's limiter, or every limiter when <paramref name="global"/>, for <paramref name="retryAfter"/>.</summary>
    public void OnRateLimited(RestRoute route, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalLock)
                if (until > _globalBlockedUntil) _globalBlockedUntil = until;
            return;
        }
        var limiter = LimiterFor(route);
        lock (limiter)
        {
            limiter.Remaining = 0;
            if (until > limiter.ResetAt) limiter.ResetAt = until;
        }
    }

    private TimeSpan? WaitNeeded(RestRoute route, Limiter limiter)
    {
        var now = time.GetUtcNow();
        TimeSpan wait = TimeSpan.Zero;
        if (route.CountsTowardGlobalLimit)
            lock (_globalLock)
                if (_globalBlockedUntil > now) wait = _globalBlockedUntil - now;
        lock (limiter)
        {
            if (limiter.Remaining <= 0 && limiter.ResetAt > now && limiter.ResetAt - now > wait)
                wait = limiter.ResetAt - now;
            if (limiter.ResetAt <= now && limiter.Remaining <= 0)
                limiter.Remaining = 1; // the window has passed; the next response tells the real count
        }
        return wait;
    }

    private Limiter LimiterFor(RestRoute route)
    {
        var bucket = _bucketHashByRoute.TryGetValue(route.RouteKey, out var hash) ? hash : route.RouteKey;
        var key = bucket + "|" + route.MajorId;
        return _limiters.GetOrAdd(key, static _ => new Limiter());
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private sealed class Limiter
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Remaining { get; set; } = 1;
        public DateTimeOffset ResetAt { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(Limiter limiter) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                limiter.Gate.Release();
        }
    }
}
