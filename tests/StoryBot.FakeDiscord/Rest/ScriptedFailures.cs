namespace StoryBot.FakeDiscord.Rest;

/// <summary>A failure the fake answers instead of the real response: a 429 (route or global) or a server error.</summary>
public abstract record ScriptedFailure
{
    public sealed record RateLimited(double RetryAfterSeconds, bool Global) : ScriptedFailure;
    public sealed record ServerError(int Status) : ScriptedFailure;
}

/// <summary>Switches: "the next N requests whose path starts with P fail like this".</summary>
internal sealed class ScriptedFailures
{
    private readonly Lock _lock = new();
    private readonly List<(string PathPrefix, string? Method, ScriptedFailure Failure, int Remaining)> _rules = [];

    public void Add(string pathPrefix, string? method, ScriptedFailure failure, int count)
    {
        lock (_lock) _rules.Add((pathPrefix, method, failure, count));
    }

    public ScriptedFailure? Take(string method, string path)
    {
        lock (_lock)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (!path.StartsWith(rule.PathPrefix, StringComparison.Ordinal)
                    || (rule.Method is not null && !string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase)))
                    continue;
                if (rule.Remaining <= 1) _rules.RemoveAt(i);
                else _rules[i] = rule with { Remaining = rule.Remaining - 1 };
                return rule.Failure;
            }
            return null;
        }
    }
}
