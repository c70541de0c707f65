namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>
/// Splits a paragraph into sentences without breaking inside a quotation, after an initial ("J.") or a
/// common abbreviation ("Dr.", "U.S.").
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs", "etc", "inc", "corp", "co", "ltd", "no",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep",
    };

    public static IReadOnlyList<FactSentence> Split(int paragraphNumber, string text)
    {
        var sentences = new List<FactSentence>();
        var balanced = QuotesAreBalanced(text);
        var inQuote = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (balanced)
            {
                if (c == '“') inQuote = true;
                else if (c == '”') inQuote = false;
                else if (c == '"') inQuote = !inQuote;
            }
            if (c is not ('.' or '!' or '?') || inQuote && !EndsQuotedSentence(text, i)) continue;

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or ')')
            {
                if (text[end] is '"' or '”') inQuote = false;
                end++;
            }
            if (inQuote) continue;
            if (end < text.Length && !char.IsWhiteSpace(text[end])) continue;
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next < text.Length && !(char.IsUpper(text[next]) || text[next] is '"' or '“' or '‘')) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;

            Add(sentences, paragraphNumber, text, start, end);
            start = next;
            i = next - 1;
        }
        Add(sentences, paragraphNumber, text, start, text.Length);
        return sentences;
    }

    private static bool EndsQuotedSentence(string text, int i) =>
        i + 1 < text.Length && text[i + 1] is '"' or '”';

    private static void Add(List<FactSentence> sentences, int paragraph, string text, int start, int end)
    {
        var raw = text[start..end];
        var trimmed = raw.Trim();
        if (trimmed.Length == 0) return;
        sentences.Add(new FactSentence(paragraph, sentences.Count + 1, trimmed, start + raw.IndexOf(trimmed, StringComparison.Ordinal)));
    }

    private static bool QuotesAreBalanced(string text)
    {
        var straight = text.Count(c => c == '"');
        var open = text.Count(c => c == '“');
        var close = text.Count(c => c == '”');
        return straight % 2 == 0 && open == close;
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text[start..period];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial
        if (word.Contains('.')) return true;                         // U.S. / A.I.
        return Abbreviations.Contains(word);
    }
}
