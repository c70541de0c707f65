using StoryBot.Knowledge.Answering.Text;

namespace StoryBot.Knowledge.Answering;

/// <summary>A sentence scored against a question. <see cref="Coverage"/> is the weighted share of the question found.</summary>
internal sealed record RankedSentence(CatalogSentence Sentence, double Coverage, IReadOnlySet<string> MatchedKeys)
{
    public double Score => Coverage;
}

/// <summary>
/// Scores sentences by how much of the question they contain: each question word weighted by its rarity,
/// counted fully when present, partly through a paraphrase or in the sentence before (for "he said").
/// </summary>
internal static class SentenceRanker
{
    private const double FuzzyWeight = 0.8;
    private const double ContextWeight = 0.35;

    /// <summary>
    /// A common word the articles never use (nor any paraphrase of it) is more likely the asker's own phrasing
    /// ("sets the bar") than missing evidence, so it counts less; names never get this leniency.
    /// </summary>
    private const double AbsentWeight = 0.3;

    public static bool IsAbsent(QueryTerm term, SentenceCatalog catalog, IReadOnlySet<string> articleIds) =>
        catalog.DocumentFrequency(term.Key, articleIds) == 0 && Synonyms.Of(term.Key).All(k => catalog.DocumentFrequency(k, articleIds) == 0);

    /// <summary>
    /// True when most of the question's topic words appear nowhere in the articles — or, for a question that
    /// wants a number or a date, when any of them is missing: such a figure belongs to one precise event.
    /// </summary>
    public static bool MostlyForeign(QuestionAnalysis question, SentenceCatalog catalog, IReadOnlySet<string> articleIds)
    {
        var topic = question.Terms.Where(t => !t.IsName && t.Key != question.AnswerTypeNoun && !LightWords.Contains(t.Key)).ToList();
        var absent = topic.Count(t => IsAbsent(t, catalog, articleIds));
        var wantsFigure = question.Kind is QuestionKind.When or QuestionKind.HowMany or QuestionKind.HowMuch or QuestionKind.HowLong or QuestionKind.HowOld;
        return topic.Count > 0 && (wantsFigure ? absent > 0 : absent * 2 > topic.Count);
    }

    /// <summary>General verbs that frame a question ("how long will it last") more than they name its topic.</summary>
    private static readonly HashSet<string> LightWords =
        ["last", "take", "happen", "occur", "get", "go", "use", "make", "mean", "want", "need", "includ", "becom", "seem", "show", "keep", "come", "put", "like", "long", "current", "now", "today", "still"];

    private const double LightWeight = 0.5;

    public static IReadOnlyList<RankedSentence> Rank(QuestionAnalysis question, SentenceCatalog catalog, IReadOnlySet<string> articleIds)
    {
        var terms = question.Terms;
        if (terms.Count == 0) return [];
        var n = Math.Max(1, catalog.SentenceCount(articleIds));
        var weights = terms.ToDictionary(t => t.Key, t => t.Weight * Idf(catalog.DocumentFrequency(t.Key, articleIds), n) *
                                                          (!t.IsName && IsAbsent(t, catalog, articleIds) ? AbsentWeight : 1) *
                                                          (LightWords.Contains(t.Key) ? LightWeight : 1));
        var total = weights.Values.Sum();
        var ranked = new List<RankedSentence>();
        var surnames = Surnames(question);
        var keys = terms.SelectMany(t => Synonyms.Of(t.Key).Append(t.Key).Concat(t.IsName ? catalog.SpellingsOf(t.Key) : []));
        foreach (var sentence in catalog.Holding(keys, articleIds))
        {
            double found = 0;
            var matched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                // A surname stands for the whole name: "Mostaque said" is about "Emad Mostaque".
                var m = surnames.TryGetValue(term.Key, out var surname) && sentence.Keys.Contains(surname) ? 1 : Match(term, sentence);
                if (m <= 0) continue;
                found += m * weights[term.Key];
                if (m >= Synonyms.Weight) matched.Add(term.Key);
            }
            if (found > 0) ranked.Add(new RankedSentence(sentence, found / total, matched));
        }
        return ranked.OrderByDescending(r => r.Coverage).ThenBy(r => r.Sentence.Index).ToList();
    }

    /// <summary>Maps each word of a multi-word name in the question to the name's last word.</summary>
    private static Dictionary<string, string> Surnames(QuestionAnalysis question)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in question.Names)
        {
            // People's names only: "Stability AI" must not match every sentence that says "AI".
            var words = Tokenizer.Tokenize(name).Where(t => t.IsCapitalized && !StopWords.Contains(t.Lower)).ToList();
            if (words.Count is < 2 or > 3 || words.Any(w => NameRunsRole(w) || w.Text.Skip(1).Any(char.IsUpper) || w.HasDigit)) continue;
            foreach (var w in words) map[w.Key] = words[^1].Key;
        }
        return map;
    }

    private static bool NameRunsRole(WordToken w) => Spans.NameRuns.IsRoleWord(w);

    /// <summary>How strongly a sentence contains a question word: 1 as written, less as a paraphrase or nearby.</summary>
    public static double Match(QueryTerm term, CatalogSentence sentence)
    {
        if (sentence.Keys.Contains(term.Key)) return 1;
        if (Synonyms.Of(term.Key).Any(sentence.Keys.Contains)) return Synonyms.Weight;
        if (term.IsName && term.Key.Length >= 5 && sentence.Keys.Any(k => EditDistance.WithinOne(k, term.Key))) return FuzzyWeight;
        var previous = sentence.Previous;
        if (previous is not null && previous.Article == sentence.Article &&
            previous.Paragraph.Number >= sentence.Paragraph.Number - 1 && previous.Keys.Contains(term.Key))
        {
            return ContextWeight;
        }
        return 0;
    }

    public static bool TokenMatches(QueryTerm term, WordToken token) =>
        token.Matches(term.Key) || Synonyms.Of(term.Key).Any(token.Matches) ||
        (term.IsName && term.Key.Length >= 5 && EditDistance.WithinOne(token.Key, term.Key));

    private static double Idf(int df, int n) => Math.Log(1 + (n - df + 0.5) / (df + 0.5));
}
