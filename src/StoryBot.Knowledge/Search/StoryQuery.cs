using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StoryBot.Knowledge.Search;

/// <summary>
/// Turns any user text into a Lucene query without ever parsing it as query syntax: each analysed term is an
/// optional clause, and neighbouring terms add a boosted sloppy phrase so "Future of Life" ranks as a phrase.
/// </summary>
internal static class StoryQuery
{
    /// <summary>More terms than this add little to ranking and only cost time; the rest are ignored.</summary>
    public const int MaxTerms = 64;
    private const int MaxPhrases = 16;
    private const float PhraseBoost = 0.5f;

    /// <summary>Null when the text has no searchable terms (empty, punctuation, emoji, only stop words).</summary>
    public static AnalysedQuery? Build(string? text, string field)
    {
        var analysed = StoryAnalyzer.AnalyzedTerms(text, field);
        if (analysed.Count == 0)
            return null;

        var query = new BooleanQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, _) in analysed)
        {
            if (seen.Count == MaxTerms)
                break;
            if (seen.Add(term))
                query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        var phrases = 0;
        for (var i = 1; i < analysed.Count && phrases < MaxPhrases; i++)
        {
            var (previous, previousPosition) = analysed[i - 1];
            var (current, currentPosition) = analysed[i];
            var gap = currentPosition - previousPosition;
            if (gap <= 0 || gap > 3 || !seen.Contains(previous) || !seen.Contains(current))
                continue;
            var phrase = new PhraseQuery { Slop = 1, Boost = PhraseBoost };
            phrase.Add(new Term(field, previous), 0);
            phrase.Add(new Term(field, current), gap);
            query.Add(phrase, Occur.SHOULD);
            phrases++;
        }
        return new AnalysedQuery(query, seen);
    }
}

/// <summary>A query ready to run, with the distinct analysed terms it searches for (used to highlight hits).</summary>
internal sealed record AnalysedQuery(Query Query, IReadOnlySet<string> Terms);
