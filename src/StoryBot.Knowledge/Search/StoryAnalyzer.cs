using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace StoryBot.Knowledge.Search;

/// <summary>
/// The one English analysis used to index passages and to read queries, so both sides see the same terms:
/// zero-width characters dropped, "co-founder"/"co founder"/"cofounder" joined, possessives removed, lower case,
/// "1,100" → "1100", "A.I." → "ai", accents folded, stop words (and question words) dropped, Porter stems.
/// Thread-safe: token streams are reused per thread.
/// </summary>
public sealed class StoryAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Longest text analysed for one call to <see cref="Terms"/>; the rest is ignored.</summary>
    public const int MaxAnalyzedChars = 4_000;

    public static StoryAnalyzer Shared { get; } = new();

    private static readonly CharArraySet StopWords = new(Version, new[]
    {
        // Lucene's English stop words.
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with",
        // Question and auxiliary words: they carry no story content and would only add noise to a query.
        "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "do", "does", "did", "were", "been",
        "being", "has", "have", "had", "am", "can", "could", "would", "should", "shall", "may", "might", "must",
        "about", "tell", "me", "please", "any", "anyone", "anything",
    }, ignoreCase: true);

    /// <summary>The analysed terms of <paramref name="text"/> in order (a "cofounder" also yields "founder").</summary>
    public static IReadOnlyList<string> Terms(string? text) =>
        AnalyzedTerms(text).Select(t => t.Term).ToList();

    /// <summary>Terms with their token positions, for building phrase clauses.</summary>
    internal static List<(string Term, int Position)> AnalyzedTerms(string? text, string field = "text")
    {
        var terms = new List<(string, int)>();
        if (string.IsNullOrWhiteSpace(text))
            return terms;
        if (text.Length > MaxAnalyzedChars)
            text = text[..MaxAnalyzedChars];

        using var stream = Shared.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return terms;
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new StoryCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StoryTermFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
