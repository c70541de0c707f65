namespace StoryBot.Settings;

/// <summary>When each member of each server last got an answer that counts towards the cooldown.</summary>
public sealed class CooldownTracker(TimeProvider time)
{
    private const int PruneThreshold = 10_000;
    private readonly Dictionary<(string Guild, string User), DateTimeOffset> _lastAnswer = [];
    private readonly Lock _lock = new();

    /// <summary>
    /// True (and the clock restarts) when the member may have another answer now; otherwise false with the whole
    /// seconds left to wait. Check and record happen together, so two quick requests can't both slip through.
    /// </summary>
    public bool TryStart(string guildId, string userId, int cooldownSeconds, out int secondsLeft)
    {
        var now = time.GetUtcNow();
        var cooldown = TimeSpan.FromSeconds(cooldownSeconds);
        lock (_lock)
        {
            if (_lastAnswer.TryGetValue((guildId, userId), out var last) && now < last + cooldown)
            {
                secondsLeft = (int)Math.Ceiling((last + cooldown - now).TotalSeconds);
                return false;
            }
            _lastAnswer[(guildId, userId)] = now;
            if (_lastAnswer.Count > PruneThreshold)
            {
                Prune(now);
            }
            secondsLeft = 0;
            return true;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        var longest = TimeSpan.FromSeconds(SettingsCatalog.Cooldown.Max ?? 3600);
        foreach (var key in _lastAnswer.Where(e => now - e.Value >= longest).Select(e => e.Key).ToList())
        {
            _lastAnswer.Remove(key);
        }
    }
}
