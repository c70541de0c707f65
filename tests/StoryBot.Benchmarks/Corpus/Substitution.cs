using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StoryBot.Benchmarks.Corpus;

/// <summary>
/// Rewrites a real sentence with other names and numbers, consistently within one article: every run of
/// capitalised words (a person, company or place) maps to an invented name of as many words, and every number
/// to another of the same size and format. A single capitalised word that opens the sentence is kept when the
/// source text also uses it in lower case ("The", "Some"); otherwise it is a name ("Musk") and is replaced.
/// </summary>
public sealed partial class Substitution(Random random, IReadOnlySet<string> lowerCaseWords)
{
    private static readonly string[] Syllables =
    [
        "ka", "ro", "ven", "mi", "tal", "sor", "bel", "dri", "no", "ush", "fen", "lo", "zar", "quin", "te",
        "ma", "pol", "ric", "sen", "dor", "a", "el", "li", "vo", "gra", "bru", "cas", "thi", "wen", "ya",
    ];

    // Sentence openers that are never names, for words the source happens not to use in lower case.
    private static readonly HashSet<string> CommonOpeners = new(StringComparer.Ordinal)
    {
        "We", "Many", "He", "She", "They", "It", "Its", "This", "That", "These", "Those", "Others", "Most", "But", "And",
    };

    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    public string Apply(string sentence)
    {
        var renamed = CapitalisedRun().Replace(sentence, m => OpensSentence(sentence, m) ? m.Value : NameFor(m.Value));
        return Number().Replace(renamed, m => NumberLike(m.Value));
    }

    /// <summary>An invented capitalised word, e.g. "Kavendor".</summary>
    public string InventWord(int minSyllables = 2, int maxSyllables = 3)
    {
        var builder = new StringBuilder();
        var count = random.Next(minSyllables, maxSyllables + 1);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Syllables[random.Next(Syllables.Length)]);
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    private bool OpensSentence(string sentence, Match match) =>
        !match.Value.Contains(' ', StringComparison.Ordinal)
        && sentence[..match.Index].Trim('"', '“', '‘', '(', ' ').Length == 0
        && (CommonOpeners.Contains(match.Value) || lowerCaseWords.Contains(match.Value.ToLowerInvariant()));

    private string NameFor(string original)
    {
        if (names.TryGetValue(original, out var name))
        {
            return name;
        }

        var words = original.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        name = string.Join(' ', words.Select(_ => InventWord()));
        names[original] = name;

        // "Sam Altman" then "Altman": the surname alone follows the full name it was first seen with.
        if (words.Length > 1)
        {
            names.TryAdd(words[^1], name[(name.LastIndexOf(' ') + 1)..]);
        }

        return name;
    }

    private string NumberLike(string original)
    {
        var digits = original.Count(char.IsAsciiDigit);
        if (digits == 4 && original[0] is '1' or '2' && !original.Contains(',', StringComparison.Ordinal))
        {
            return random.Next(1995, 2031).ToString(CultureInfo.InvariantCulture);
        }

        var low = digits <= 1 ? 1 : (long)Math.Pow(10, digits - 1);
        var value = low + (long)(random.NextDouble() * (low * 9));
        var format = original.Contains(',', StringComparison.Ordinal) ? "N0" : "D";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    // A capitalised word may carry inner capitals (OpenAI, DeepMind) and hyphenated parts; runs join with spaces.
    [GeneratedRegex(@"(?<![\w’'-])[A-Z][a-z]+(?:[A-Z][A-Za-z]*)?(?:-[A-Za-z]+)*(?:\s+[A-Z][a-z]+(?:[A-Z][A-Za-z]*)?(?:-[A-Za-z]+)*)*")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"(?<![\w-])\d(?:[\d,]*\d)?")]
    private static partial Regex Number();
}
