namespace StoryBot.FakeDiscord;

/// <summary>An append-only list that tests can await: "the first entry matching this, within this time".</summary>
public sealed class AsyncLog<T>
{
    private readonly List<T> _items = [];
    private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Done)> _waiters = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<T> Snapshot()
    {
        lock (_lock) return [.. _items];
    }

    public void Add(T item)
    {
        List<TaskCompletionSource<T>> done = [];
        lock (_lock)
        {
            _items.Add(item);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(item))
                {
                    done.Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }
        foreach (var tcs in done) tcs.TrySetResult(item);
    }

    /// <summary>The first entry (already logged or still to come) matching <paramref name="match"/>.</summary>
    public Task<T> WaitForAsync(Func<T, bool> match, TimeSpan timeout, string what) => WaitForAsync(match, timeout, what, skip: 0);

    /// <summary>Like <see cref="WaitForAsync(Func{T,bool},TimeSpan,string)"/> but ignores the first <paramref name="skip"/> matches.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> match, TimeSpan timeout, string what, int skip)
    {
        var tcs = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            var seen = 0;
            foreach (var item in _items)
            {
                if (match(item) && seen++ == skip)
                    return item;
            }
            var remaining = skip - seen;
            _waiters.Add((item => match(item) && remaining-- <= 0, tcs));
        }
        try
        {
            return await tcs.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for {what}.");
        }
    }

    /// <summary>The next entry matching <paramref name="match"/> that is logged after this call.</summary>
    public Task<T> WaitForNextAsync(Func<T, bool> match, TimeSpan timeout, string what)
    {
        int existing;
        lock (_lock) existing = _items.Count(match);
        return WaitForAsync(match, timeout, what, existing);
    }
}
