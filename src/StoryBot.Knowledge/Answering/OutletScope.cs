using System.Text.RegularExpressions;
using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Answering;

/// <summary>
/// Finds the outlet a question names ("according to Newsweek", "what does the NYT say") so the answer comes
/// from that outlet's articles only.
/// </summary>
internal static class OutletScope
{
    public static IReadOnlyList<Article> Named(string question, IReadOnlyList<Article> articles)
    {
        var text = " " + Regex.Replace(question.ToLowerInvariant().Replace('’', '\''), @"[^\p{L}\p{N}' ]+", " ") + " ";
        var sources = articles.Select(a => a.Source).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(source => Aliases(source).Any(alias => text.Contains(" " + alias + " ", StringComparison.Ordinal) ||
                                                          text.Contains(" " + alias + "'s ", StringComparison.Ordinal)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return sources.Count == 0 ? [] : articles.Where(a => sources.Contains(a.Source)).ToList();
    }

    /// <summary>Words of the outlet names and their initials ("NYT"), so they are not taken as words the evidence must contain.</summary>
    public static IEnumerable<string> Words(IEnumerable<Article> articles) =>
        articles.Select(a => a.Source).Distinct().SelectMany(s => Aliases(s).SelectMany(alias => alias.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    private static IEnumerable<string> Aliases(string source)
    {
        var lower = Regex.Replace(source.ToLowerInvariant(), @"[^\p{L}\p{N}' ]+", " ").Trim();
        if (lower.Length == 0) yield break;
        yield return lower;
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words[0] == "the" && words.Length > 1)
        {
            yield return string.Join(' ', words.Skip(1));
            words = words[1..];
        }
        if (words.Length >= 2) yield return string.Concat(words.Select(w => w[0]));
        if (words.Length >= 3) yield return "the " + words[^1]; // "the Times"
    }
}
