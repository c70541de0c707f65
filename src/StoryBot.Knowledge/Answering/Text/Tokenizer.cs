using System.Text.RegularExpressions;

namespace StoryBot.Knowledge.Answering.Text;

/// <summary>Splits text into <see cref="WordToken"/>s, keeping offsets so answers can be cut from the original.</summary>
internal static partial class Tokenizer
{
    // Letters/digits, joined by apostrophes, hyphens, or (between digits) commas and points: "co-founder",
    // "Google's", "1,100", "A.I", "GPT-4".
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:(?:['’\-–\.]|(?<=\d),(?=\d))[\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    public static IReadOnlyList<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        foreach (Match m in WordPattern().Matches(text))
        {
            tokens.Add(Make(m.Value, m.Index));
        }
        return tokens;
    }

    public static string KeyOf(string word) => Make(word, 0).Key;

    private static WordToken Make(string word, int start)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'').Replace('–', '-');
        if (lower.EndsWith("'s", StringComparison.Ordinal)) lower = lower[..^2];
        else if (lower.EndsWith('\'')) lower = lower[..^1];
        lower = lower.Replace(",", "", StringComparison.Ordinal);
        var parts = lower.Split(['-', '.', '\''], StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Concat(parts);
        var key = Stemmer.Key(joined.Length > 0 ? joined : lower);
        var partKeys = parts.Length > 1 ? parts.Select(Stemmer.Key).ToArray() : [];
        return new WordToken(word, start, start + word.Length, key, partKeys);
    }
}
