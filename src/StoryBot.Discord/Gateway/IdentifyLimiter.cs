namespace StoryBot.Discord.Gateway;

/// <summary>
/// Discord allows <c>max_concurrency</c> Identifies per 5 s: shards with the same <c>shard_id % max_concurrency</c>
/// share one slot. Shared by every gateway client in the process.
/// </summary>
public sealed class IdentifyLimiter(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<int, DateTimeOffset> _lastIdentify = [];

    public async Task WaitTurnAsync(int shardId, int maxConcurrency, CancellationToken cancellationToken)
    {
        var key = shardId % Math.Max(1, maxConcurrency);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_lastIdentify.TryGetValue(key, out var last))
            {
                var wait = last + Window - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            _lastIdentify[key] = time.GetUtcNow();
        }
        finally
        {
            _gate.Release();
        }
    }
}
