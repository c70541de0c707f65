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
        return queryTerms.Count == 0 || text.Length == 0 ? text : Highlight(text, Analyse(text), queryTerms);
    }

    /// <summary>Highlights using words already analysed with <see cref="Analyse"/>, so a hot passage is read once.</summary>
    internal static string Highlight(string text, IReadOnlyList<AnalysedWord> words, IReadOnlySet<string> queryTerms)
    {
        var spans = MarkedSpans(text, words, queryTerms);
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

    /// <summary>
    /// The analysed words of the text in order, stop words excluded, each with all its terms
    /// ("cofounder" yields "cofound" and "founder": both belong to one word).
    /// </summary>
    internal static AnalysedWord[] Analyse(string text)
    {
        var words = new List<(int Start, int End, List<string> Terms)>();
        using var stream = StoryAnalyzer.Shared.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = Math.Min(offset.StartOffset, text.Length);
            var end = Math.Min(offset.EndOffset, text.Length);
            if (words.Count > 0 && start < words[^1].End)
            {
                words[^1].Terms.Add(term.ToString());
                words[^1] = (words[^1].Start, Math.Max(end, words[^1].End), words[^1].Terms);
            }
            else
            {
                words.Add((start, end, [term.ToString()]));
            }
        }
        stream.End();
        return [.. words.Select(w => new AnalysedWord(w.Start, w.End, [.. w.Terms]))];
    }

    /// <summary>Character spans to mark, in order and not overlapping.</summary>
    private static List<(int Start, int End)> MarkedSpans(string text, IReadOnlyList<AnalysedWord> words, IReadOnlySet<string> queryTerms)
    {
        var spans = new List<(int Start, int End)>();
        var previousMarked = false;
        foreach (var word in words)
        {
            var marked = word.Terms.Any(queryTerms.Contains);
            if (marked)
            {
                var gapStart = spans.Count > 0 ? spans[^1].End : 0;
                if (previousMarked && word.Start - gapStart <= MaxJoinableGap && IsLettersAndSpaces(text.AsSpan(gapStart, word.Start - gapStart)))
                    spans[^1] = (spans[^1].Start, word.End);
                else
                    spans.Add((word.Start, word.End));
            }
            previousMarked = marked;
        }
        return spans;
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

/// <summary>One word of a text as the analyzer reads it: its character span and the terms it yields.</summary>
internal sealed record AnalysedWord(int Start, int End, string[] Terms);
