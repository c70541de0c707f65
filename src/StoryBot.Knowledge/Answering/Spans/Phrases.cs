using StoryBot.Knowledge.Answering.Text;

namespace StoryBot.Knowledge.Answering.Spans;

/// <summary>
/// Cuts phrases out of a tokenised sentence: the noun phrase after or before a word, or the clause a word
/// sits in. Punctuation and clause words end a phrase; no parser is needed for news prose this plain.
/// </summary>
internal static class Phrases
{
    private static readonly HashSet<string> ForwardStops =
    [
        "that", "which", "who", "whose", "while", "but", "because", "since", "although", "said", "says", "according",
        "so", "when", "where", "if", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
        "should", "told", "after", "before", "until", "unless", "whether",
    ];

    private static readonly HashSet<string> BackwardStops =
    [
        "to", "and", "or", "of", "in", "on", "for", "with", "by", "from", "that", "which", "who", "but", "so", "as",
        "is", "are", "was", "were", "be", "been", "have", "has", "had", "at", "said", "says", "says", "than", "into",
        "about", "like", "also", "not", "will", "would", "can", "could", "should",
    ];

    private static readonly HashSet<string> Determiners = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"];

    public static readonly HashSet<string> ClauseStarts = ["since", "because", "after", "when", "while", "as", "although", "though", "before", "until", "that"];

    /// <summary>True when punctuation that ends a phrase sits between token <paramref name="a"/> and the next one.</summary>
    public static bool BreakAfter(string text, IReadOnlyList<WordToken> tokens, int a)
    {
        if (a < 0 || a + 1 >= tokens.Count) return true;
        var gap = text.AsSpan(tokens[a].End, tokens[a + 1].Start - tokens[a].End);
        if (IsAbbreviationDot(gap, tokens[a], tokens[a + 1])) return false;
        foreach (var c in gap)
        {
            if (c is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '"' or '“' or '”' or '.' or '!' or '?' or '[' or ']') return true;
        }
        return false;
    }

    public static string Span(string text, IReadOnlyList<WordToken> tokens, int first, int last) =>
        text[tokens[first].Start..tokens[last].End];

    /// <summary>The noun phrase that starts just after token <paramref name="index"/>, or null.</summary>
    public static string? After(string text, IReadOnlyList<WordToken> tokens, int index, int maxWords = 16, bool overOpeningQuote = false)
    {
        var first = index + 1;
        if (first >= tokens.Count) return null;
        var opensQuote = overOpeningQuote && text[tokens[index].End..tokens[first].Start].Trim() is "“" or "\"" or "‘";
        if (BreakAfter(text, tokens, index) && !opensQuote) return null;
        var last = first;
        if (ForwardStops.Contains(tokens[first].Lower)) return null;
        while (last + 1 < tokens.Count && last - first + 1 < maxWords && !BreakAfter(text, tokens, last) &&
               !ForwardStops.Contains(tokens[last + 1].Lower))
        {
            last++;
        }
        while (last > first && BackwardStops.Contains(tokens[last].Lower)) last--;
        return Span(text, tokens, first, last);
    }

    /// <summary>The noun phrase that ends just before token <paramref name="index"/>, or null.</summary>
    public static string? Before(string text, IReadOnlyList<WordToken> tokens, int index, int maxWords = 5)
    {
        var last = index - 1;
        if (last < 0 || BreakAfter(text, tokens, last)) return null;
        var first = last + 1;
        while (first - 1 >= 0 && last - first + 1 < maxWords)
        {
            var candidate = tokens[first - 1].Lower;
            if (BackwardStops.Contains(candidate)) break;
            first--;
            if (Determiners.Contains(candidate) || BreakAfter(text, tokens, first - 1)) break;
        }
        return first > last ? null : Span(text, tokens, first, last);
    }

    /// <summary>The clause ending just before token <paramref name="index"/>: back to a comma or a clause word.</summary>
    public static string? ClauseBefore(string text, IReadOnlyList<WordToken> tokens, int index)
    {
        var last = index - 1;
        if (last < 0) return null;
        var first = last;
        while (first - 1 >= 0 && !BreakAfter(text, tokens, first - 1) && !ClauseStarts.Contains(tokens[first - 1].Lower)) first--;
        return last - first < 1 ? null : Span(text, tokens, first, last);
    }

    /// <summary>The clause starting just after token <paramref name="index"/>, up to the next comma-led aside.</summary>
    public static string? ClauseAfter(string text, IReadOnlyList<WordToken> tokens, int index, int maxWords = 30)
    {
        var first = index + 1;
        if (first >= tokens.Count) return null;
        var last = first;
        while (last + 1 < tokens.Count && last - first + 1 < maxWords && !EndsClause(text, tokens, last)) last++;
        return Span(text, tokens, first, last);
    }

    /// <summary>The closing dot of "A.I." or "U.S." before a word that goes on in lower case ends nothing.</summary>
    private static bool IsAbbreviationDot(ReadOnlySpan<char> gap, WordToken before, WordToken after) =>
        gap.Length >= 1 && gap[0] == '.' && gap[1..].IsWhiteSpace() && before.Text.Contains('.') && char.IsLower(after.Text[0]);

    private static bool EndsClause(string text, IReadOnlyList<WordToken> tokens, int a)
    {
        var gap = text.AsSpan(tokens[a].End, tokens[a + 1].Start - tokens[a].End);
        if (IsAbbreviationDot(gap, tokens[a], tokens[a + 1])) return false;
        if (gap.IndexOfAny(";:.!?") >= 0) return true;
        // ", Semafor reported" / ", he said": an attribution closes the clause.
        if (gap.Contains(',') && a + 2 < tokens.Count &&
            tokens[a + 1].IsCapitalized && tokens[a + 2].Lower is "reported" or "said" or "says" or "wrote" or "added")
        {
            return true;
        }
        return gap.Contains(',') && tokens[a + 1].Lower is "he" or "she" or "they" && a + 2 < tokens.Count &&
               tokens[a + 2].Lower is "said" or "added" or "wrote";
    }
}
