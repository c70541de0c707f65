namespace StoryBot.Knowledge.Answering.Text;

/// <summary>Splits a paragraph into sentences without breaking on abbreviations ("Mr.", "U.S.", "A.I.").</summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "etc", "no", "gov",
        "sen", "rep", "gen", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < paragraph.Length && IsCloser(paragraph[end])) end++;
            if (end >= paragraph.Length) break;
            if (!char.IsWhiteSpace(paragraph[end])) continue;
            var next = end;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next])) next++;
            if (next >= paragraph.Length) break;
            if (!StartsSentence(paragraph[next])) continue;
            if (c == '.' && IsAbbreviation(paragraph, i)) continue;
            Add(sentences, paragraph[start..end]);
            start = next;
            i = next - 1;
        }
        Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '\'' or '‘' or '(' or '[';

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0) return false;
        if (word.Contains('.')) return true;                  // "U.S." or "A.I."
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "John F. Kennedy"
        return Abbreviations.Contains(word);
    }

    private static void Add(List<string> sentences, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0) sentences.Add(trimmed);
    }
}
