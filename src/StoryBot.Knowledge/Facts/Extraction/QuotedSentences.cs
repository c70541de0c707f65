using StoryBot.Knowledge.Search;

namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>
/// The index's sentence split, with each sentence's offset in the paragraph, and sentences rejoined where the split
/// fell inside a quotation, so a quote of several sentences stays with its attribution.
/// </summary>
internal static class QuotedSentences
{
    public static IReadOnlyList<FactSentence> Split(int paragraphNumber, string text)
    {
        var pieces = new List<(int Start, int End)>();
        var cursor = 0;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var at = text.IndexOf(sentence, cursor, StringComparison.Ordinal);
            if (at < 0) at = cursor;
            pieces.Add((at, Math.Min(text.Length, at + sentence.Length)));
            cursor = at + sentence.Length;
        }

        var result = new List<FactSentence>();
        var joinInsideQuotes = QuotesAreBalanced(text);
        var start = -1;
        foreach (var (pieceStart, pieceEnd) in pieces)
        {
            if (start < 0) start = pieceStart;
            if (joinInsideQuotes && !QuotesAreBalanced(text[start..pieceEnd])) continue;
            result.Add(new FactSentence(paragraphNumber, result.Count + 1, text[start..pieceEnd], start));
            start = -1;
        }
        if (start >= 0) result.Add(new FactSentence(paragraphNumber, result.Count + 1, text[start..], start));
        return result;
    }

    private static bool QuotesAreBalanced(string text) =>
        text.Count(c => c == '"') % 2 == 0 && text.Count(c => c == '“') == text.Count(c => c == '”');
}
