namespace StoryBot.Discord.Gateway;

/// <summary>Delays between reconnect attempts: 1 s doubling to 60 s, each scaled by a random 50–100 % so many bots don't reconnect in step.</summary>
public sealed class ReconnectPolicy(Func<double>? random = null)
{
    public static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Maximum = TimeSpan.FromSeconds(60);

    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    /// <summary>The wait before reconnect attempt <paramref name="failures"/> + 1 (0 for the first).</summary>
    public TimeSpan DelayAfter(int failures)
    {
        var ceiling = Math.Min(Initial.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures, 0, 16)), Maximum.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + 0.5 * _random()));
    }

    /// <summary>After an op 9 that ends the session: wait 1–5 s before identifying again.</summary>
    public TimeSpan DelayBeforeReidentify() => TimeSpan.FromMilliseconds(1000 + 4000 * _random());
}
