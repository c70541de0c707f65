using System.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace StoryBot.Knowledge.Search;

/// <summary>
/// Wraps the words of a text whose analysed terms are among a query's terms in **, over the whole text.
/// It re-reads the text with <see cref="StoryAnalyzer"/>, so "co-founder", "1,100" and "OpenAI's" are marked
/// exactly when they matched. Neighbouring marked words separated only by spaces and stop words become one
/// span: "**Future of Life Institute**".
/// </summary>
public static class PassageHighlighter
{
    private const string Mark = "**";
    private const int MaxJoinableGap = 12;

    public static string Highlight(string text, IReadOnlySet<string> queryTerms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(queryTerms);
        if (queryTerms.Count == 0 || text.Length == 0)
            return text;

        var spans = MarkedSpans(text, queryTerms);
        if (spans.Count == 0)
            return text;

        var output = new StringBuilder(text.Length + spans.Count * 4);
        var from = 0;
        foreach (var (start, end) in spans)
        {
            output.Append(text, from, start - from).Append(Mark).Append(text, start, end - start).Append(Mark);
            from = end;
        }
        return output.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>Character spans to mark, in order and not overlapping.</summary>
    private static List<(int Start, int End)> MarkedSpans(string text, IReadOnlySet<string> queryTerms)
    {
        var spans = new List<(int Start, int End)>();
        var previousMarked = false;
        foreach (var (start, end, marked) in Words(text, queryTerms))
        {
            if (marked)
            {
                if (previousMarked && start - spans[^1].End <= MaxJoinableGap && IsLettersAndSpaces(text.AsSpan(spans[^1].End, start - spans[^1].End)))
                    spans[^1] = (spans[^1].Start, end);
                else
                    spans.Add((start, end));
            }
            previousMarked = marked;
        }
        return spans;
    }

    /// <summary>
    /// The analysed words of the text in order, stop words excluded, each marked when one of its terms matched
    /// ("cofounder" also yields "founder": both terms belong to one word).
    /// </summary>
    private static List<(int Start, int End, bool Marked)> Words(string text, IReadOnlySet<string> queryTerms)
    {
        var words = new List<(int Start, int End, bool Marked)>();
        using var stream = StoryAnalyzer.Shared.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = Math.Min(offset.StartOffset, text.Length);
            var end = Math.Min(offset.EndOffset, text.Length);
            var marked = queryTerms.Contains(term.ToString());
            if (words.Count > 0 && start < words[^1].End)
                words[^1] = (words[^1].Start, Math.Max(end, words[^1].End), words[^1].Marked || marked);
            else
                words.Add((start, end, marked));
        }
        stream.End();
        return words;
    }

    // Between two marked words only stop words can remain (every other word is a token), so letters here are stop words.
    private static bool IsLettersAndSpaces(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
            if (!char.IsLetter(c) && !char.IsWhiteSpace(c))
                return false;
        return true;
    }
}
