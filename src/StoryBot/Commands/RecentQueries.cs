using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace StoryBot.Commands;

/// <summary>
/// Remembers recent questions and searches under short keys, so a "More passages" button can name its query in an
/// action id that fits Discord's 100 characters. Bounded: the oldest entries are forgotten first.
/// </summary>
public sealed class RecentQueries(int capacity = 2048)
{
    private readonly ConcurrentDictionary<string, string> byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();

    /// <summary>Stores <paramref name="text"/> and returns its key: 11 URL-safe characters, the same for the same text.</summary>
    public string Remember(string text)
    {
        var key = KeyOf(text);
        if (byKey.TryAdd(key, text))
        {
            order.Enqueue(key);
            while (byKey.Count > capacity && order.TryDequeue(out var oldest))
                byKey.TryRemove(oldest, out _);
        }
        return key;
    }

    /// <summary>The text stored under <paramref name="key"/>, or null when it was forgotten (or never seen).</summary>
    public string? Recall(string key) => byKey.GetValueOrDefault(key);

    private static string KeyOf(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToBase64String(hash, 0, 8).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
