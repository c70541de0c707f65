using StoryBot.Knowledge.Answering.Spans;
using StoryBot.Knowledge.Answering.Text;
using StoryBot.Knowledge.Corpus;
using StoryBot.Knowledge.Facts;
using StoryBot.Knowledge.Search;

namespace StoryBot.Knowledge.Answering;

/// <summary>
/// Answers a question from the articles: publication details from the front matter, people and signatures
/// from the facts, everything else by finding the sentence that covers the question best and cutting the
/// answer out of it. Says nothing (Text null) when the evidence is too thin — a name the story never uses,
/// a number it never gives, or no sentence covering enough of the question.
/// Sentences are ranked here rather than by the Lucene index: weighting each question word by rarity and
/// crediting paraphrases gave the same answers as adding BM25, at a fraction of the time per question.
/// </summary>
public sealed class QuestionAnswerer
{
    /// <summary>Below this share of the question found in one sentence, the story is taken not to answer it.</summary>
    internal const double MinCoverage = 0.5;

    private const int MaxPassages = 5;
    private const int Candidates = 8;

    private readonly IReadOnlyList<Article> _articles;
    private readonly StoryFacts _facts;
    private readonly SentenceCatalog _catalog;
    private readonly bool _severalOutlets;

    internal QuestionAnswerer(IReadOnlyList<Article> articles, StoryFacts facts)
    {
        _articles = articles;
        _facts = facts;
        _catalog = new SentenceCatalog(articles);
        _severalOutlets = articles.Select(a => a.Source).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1;
    }

    public QuestionAnswerer(IReadOnlyList<Article> articles, FactBook facts)
        : this(articles, StoryFacts.From(facts))
    {
    }

    public Answer Ask(string question, CancellationToken cancellationToken = default)
    {
        var q = QuestionAnalyzer.Analyze(question);
        if (q.IsEmpty && !q.IsAboutPublication) return Abstain(question, 0, []);

        var named = OutletScope.Named(q.Text, _articles);
        var scope = named.Count > 0 ? named : _articles;
        if (named.Count > 0) q = WithoutOutletWords(q, named);
        var scopeIds = scope.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var cite = _severalOutlets && named.Count == 0;

        if (MetaAnswerer.Answer(q, scope) is var (metaDraft, metaArticle))
        {
            var passage = MetaAnswerer.Passage(metaArticle);
            return metaDraft is null
                ? Abstain(question, 0, [passage])
                : new Answer(question, metaDraft.Text, metaDraft.Confidence, [passage], metaDraft.Facts);
        }
        cancellationToken.ThrowIfCancellationRequested();

        var ranked = SentenceRanker.Rank(q, _catalog, scopeIds);
        if (MissingName(q, scopeIds) is not null || (ProfileQuestions.Subject(q) is null && SentenceRanker.MostlyForeign(q, _catalog, scopeIds)))
        {
            return Abstain(question, 0, Passages(q, ranked, null));
        }

        var draft = FactAnswerer.Answer(q, _facts, p => p.Sources.Count == 0 || p.Sources.Any(s => scopeIds.Contains(s.ArticleId)));
        if (draft is not null)
        {
            var evidence = draft.Evidence.Select(e => FindSentence(e, scopeIds)).OfType<CatalogSentence>().FirstOrDefault();
            var text = cite && evidence is not null ? AnswerText.Sentence(draft.Text, $"({evidence.Article.Source})") : draft.Text;
            return new Answer(question, text, draft.Confidence, Passages(q, ranked, evidence), draft.Facts);
        }
        cancellationToken.ThrowIfCancellationRequested();

        return FromSentences(question, q, ranked, cite);
    }

    private Answer FromSentences(string question, QuestionAnalysis q, IReadOnlyList<RankedSentence> ranked, bool cite)
    {
        if (ranked.Count == 0 || ranked[0].Coverage < MinCoverage) return Abstain(question, ranked.FirstOrDefault()?.Coverage ?? 0, Passages(q, ranked, null));
        if (q.Kind == QuestionKind.YesNo) return YesNo(question, q, ranked, cite);

        var role = Roles.IsRoleQuestion(q);
        var best = ranked.Take(Candidates)
            .Where(r => r.Coverage >= MinCoverage)
            .Select(r => (Ranked: r, Span: SpanExtractor.Extract(q, r.Sentence, role)))
            .Where(x => x.Span is not null)
            .Select(x => (x.Ranked, Span: x.Span!, Total: x.Ranked.Score + x.Span!.Bonus - (role && !x.Span.Typed ? 0.1 : 0)))
            .OrderByDescending(x => x.Total)
            .FirstOrDefault();
        if (best.Span is null) return Abstain(question, ranked[0].Coverage * 0.5, Passages(q, ranked, null));

        var sentence = best.Ranked.Sentence;
        var text = AnswerText.Sentence(best.Span.Text, cite ? $"({sentence.Article.Source})" : null);
        var confidence = Math.Round(Math.Min(1, best.Ranked.Coverage) * (best.Span.Typed ? 1 : 0.8), 2);
        return new Answer(question, text, confidence, Passages(q, ranked, sentence), PeopleIn(sentence));
    }

    private Answer YesNo(string question, QuestionAnalysis q, IReadOnlyList<RankedSentence> ranked, bool cite)
    {
        // Only a sentence holding every word of the question, as written, confirms it; anything less is not a "yes".
        var top = ranked[0];
        var stated = q.Terms.All(t => top.Sentence.Keys.Contains(t.Key));
        if (!stated || Roles.AsksAboutSigning(q)) return Abstain(question, top.Coverage * 0.5, Passages(q, ranked, null));
        var evidence = SpanExtractor.Fallback(q, top.Sentence);
        if (evidence is null) return Abstain(question, top.Coverage * 0.5, Passages(q, ranked, null));
        var text = AnswerText.Sentence("Yes — " + evidence.Text.TrimEnd('.'), cite ? $"({top.Sentence.Article.Source})" : null);
        return new Answer(question, text, Math.Round(top.Coverage * 0.8, 2), Passages(q, ranked, top.Sentence), PeopleIn(top.Sentence));
    }

    private static string Normalize(string text) => string.Join(' ', Tokenizer.Tokenize(text).Select(t => t.Lower));

    /// <summary>A name in the question that no article in scope contains, such as a person the story never mentions.</summary>
    private string? MissingName(QuestionAnalysis q, IReadOnlySet<string> scopeIds)
    {
        foreach (var name in q.Names)
        {
            var words = Tokenizer.Tokenize(name).Where(t => !StopWords.Contains(t.Lower)).ToList();
            if (words.Any(w => !_catalog.Mentions(w.Key, scopeIds))) return name;
        }
        return null;
    }

    private static QuestionAnalysis WithoutOutletWords(QuestionAnalysis q, IEnumerable<Article> outlets)
    {
        var outletKeys = OutletScope.Words(outlets).Select(Tokenizer.KeyOf).ToHashSet();
        var outletWords = OutletScope.Words(outlets).Select(w => w.ToLowerInvariant()).ToHashSet();
        return q with
        {
            Terms = q.Terms.Where(t => !outletKeys.Contains(t.Key)).ToList(),
            Names = q.Names.Where(n => !n.Split(' ').All(w => outletWords.Contains(w.ToLowerInvariant().TrimEnd('s').TrimEnd('\'', '’')) || outletWords.Contains(w.ToLowerInvariant()))).ToList(),
        };
    }

    private CatalogSentence? FindSentence(FactSource source, IReadOnlySet<string> scopeIds)
    {
        var wanted = Normalize(source.Sentence);
        var inArticle = _catalog.Sentences.Where(s => s.Article.Id == source.ArticleId && scopeIds.Contains(s.Article.Id)).ToList();
        return inArticle.FirstOrDefault(s => Normalize(s.Text) == wanted)
               ?? inArticle.FirstOrDefault(s => Normalize(s.Text).Contains(wanted, StringComparison.Ordinal) || wanted.Contains(Normalize(s.Text), StringComparison.Ordinal))
               ?? inArticle.FirstOrDefault(s => s.Paragraph.Number == source.ParagraphNumber);
    }

    private IReadOnlyList<string> PeopleIn(CatalogSentence sentence) =>
        _facts.People.Where(p => p.Roles.Count > 0 && sentence.Text.Contains(p.Name, StringComparison.Ordinal))
            .Take(3).Select(FactAnswerer.Describe).ToList();

    private static IReadOnlyList<SupportingPassage> Passages(QuestionAnalysis q, IReadOnlyList<RankedSentence> ranked, CatalogSentence? first)
    {
        var sentences = new List<CatalogSentence>();
        if (first is not null) sentences.Add(first);
        foreach (var r in ranked)
        {
            if (sentences.Count >= MaxPassages) break;
            if (!sentences.Contains(r.Sentence)) sentences.Add(r.Sentence);
        }
        return sentences.Select(s => ToPassage(s, q, ranked.FirstOrDefault(r => r.Sentence == s)?.Score ?? 1)).ToList();
    }

    private static SupportingPassage ToPassage(CatalogSentence s, QuestionAnalysis q, double score) =>
        new(s.Text, Highlighter.Highlight(s, q), s.Article.Source, s.Article.Title, s.Article.Url, s.Article.Published,
            s.Paragraph.Heading, s.Paragraph.Number, (float)Math.Round(score, 3));

    private static Answer Abstain(string question, double confidence, IReadOnlyList<SupportingPassage> passages) =>
        new(question, null, Math.Round(Math.Min(confidence, MinCoverage - 0.01), 2), passages, []);
}
