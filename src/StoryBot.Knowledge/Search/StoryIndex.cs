using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Search;

/// <summary>
/// The Lucene.Net index over every article's sentences and paragraphs. Thread-safe for searching;
/// any user text is accepted as a query (it is never parsed as Lucene syntax).
/// The index lives in memory: the corpus is small and rebuilding it is faster than checking a cache on disk.
/// </summary>
public sealed class StoryIndex : IDisposable
{
    private const string TextField = "text";
    private const string KindField = "kind";
    private const string ArticleField = "article";
    private const string OrdinalField = "ordinal";

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyList<Passage> _passages;
    private readonly int[] _passageOfDoc;
    private readonly AnalysedWord[]?[] _wordsOfPassage; // filled on first highlight of each passage
    private readonly Dictionary<string, Article> _articlesById;
    private readonly Dictionary<string, IReadOnlyList<Passage>> _sentencesByArticle;
    private readonly Dictionary<(string Article, int Paragraph, int Sentence), Passage> _byLocation;
    private readonly ConcurrentDictionary<(PassageKind? Kind, string? ArticleId), Filter> _restrictions = new();

    private StoryIndex(IReadOnlyList<Article> articles, IReadOnlyList<Passage> passages, RAMDirectory directory)
    {
        Articles = articles;
        _passages = passages;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _passageOfDoc = PassageOfDoc(_reader);
        _wordsOfPassage = new AnalysedWord[]?[passages.Count];
        _articlesById = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _sentencesByArticle = passages.Where(p => p.Kind == PassageKind.Sentence)
            .GroupBy(p => p.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Passage>)g.ToList(), StringComparer.Ordinal);
        _byLocation = passages.ToDictionary(p => (p.ArticleId, p.ParagraphNumber, p.SentenceNumber));
    }

    public static StoryIndex Build(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var duplicate = articles.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"two articles have the id '{duplicate.Key}'", nameof(articles));

        var passages = articles.SelectMany(PassageBuilder.Build).ToList();
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(StoryAnalyzer.Version, StoryAnalyzer.Shared)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            // Few, large segments: fewer flushes and merges while building, fewer segments to visit per search.
            RAMBufferSizeMB = 256,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < passages.Count; i++)
                writer.AddDocument(ToDocument(passages[i], i));
            writer.Commit();
        }
        return new StoryIndex(articles, passages, directory);
    }

    public IReadOnlyList<Article> Articles { get; }

    public int PassageCount => _passages.Count;

    /// <summary>Every passage, article by article, each paragraph followed by its sentences.</summary>
    public IReadOnlyList<Passage> Passages => _passages;

    public Article? ArticleById(string articleId) => _articlesById.GetValueOrDefault(articleId);

    /// <summary>All sentences of an article in reading order; empty for an unknown id.</summary>
    public IReadOnlyList<Passage> PassagesOf(string articleId) =>
        _sentencesByArticle.TryGetValue(articleId, out var sentences) ? sentences : [];

    public Passage? SentenceAt(string articleId, int paragraph, int sentence) =>
        sentence >= 1 ? _byLocation.GetValueOrDefault((articleId, paragraph, sentence)) : null;

    public Passage? ParagraphAt(string articleId, int paragraph) =>
        _byLocation.GetValueOrDefault((articleId, paragraph, 0));

    /// <summary>
    /// How many passages (sentences and paragraphs) contain an analysed term (one of <see cref="StoryAnalyzer.Terms"/>);
    /// rare terms say more about a passage than common ones.
    /// </summary>
    public int DocumentFrequency(string analysedTerm) => _reader.DocFreq(new Term(TextField, analysedTerm));

    /// <summary>Best passages first. <paramref name="kind"/> null searches both sentences and paragraphs.</summary>
    public IReadOnlyList<PassageHit> Search(string query, int maxResults = 10, PassageKind? kind = null, string? articleId = null)
    {
        if (maxResults <= 0 || _passages.Count == 0 || (articleId is not null && !_articlesById.ContainsKey(articleId)))
            return [];
        maxResults = Math.Min(maxResults, _passages.Count); // Lucene allocates a queue of this size
        var built = StoryQuery.Build(query, TextField);
        if (built is null)
            return [];

        var top = _searcher.Search(built.Query, Restriction(kind, articleId), maxResults);
        var hits = new List<PassageHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var ordinal = _passageOfDoc[scoreDoc.Doc];
            var passage = _passages[ordinal];
            // A benign race: two threads may analyse the same passage once each; either result is the same.
            var words = _wordsOfPassage[ordinal] ??= PassageHighlighter.Analyse(passage.Text);
            hits.Add(new PassageHit(passage, scoreDoc.Score, PassageHighlighter.Highlight(passage.Text, words, built.Terms)));
        }
        return hits;
    }

    /// <summary>The text with the words matching <paramref name="query"/> wrapped in **.</summary>
    public static string Highlight(string query, string text) =>
        PassageHighlighter.Highlight(text, StoryAnalyzer.Terms(query).ToHashSet(StringComparer.Ordinal));

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static Document ToDocument(Passage passage, int ordinal) =>
    [
        new NumericDocValuesField(OrdinalField, ordinal),
        new StringField(KindField, KindValue(passage.Kind), Field.Store.NO),
        new StringField(ArticleField, passage.ArticleId, Field.Store.NO),
        new TextField(TextField, passage.Text, Field.Store.NO),
    ];

    /// <summary>Lucene may renumber documents when it merges segments; this maps them back to passages once.</summary>
    private static int[] PassageOfDoc(IndexReader reader)
    {
        var map = new int[reader.MaxDoc];
        var ordinals = MultiDocValues.GetNumericValues(reader, OrdinalField);
        for (var doc = 0; doc < map.Length; doc++)
            map[doc] = (int)ordinals.Get(doc);
        return map;
    }

    private static string KindValue(PassageKind kind) => kind == PassageKind.Sentence ? "sentence" : "paragraph";

    /// <summary>The filter for a kind and/or a known article, cached as bit sets per segment.</summary>
    private Filter? Restriction(PassageKind? kind, string? articleId)
    {
        if (kind is null && articleId is null)
            return null;
        return _restrictions.GetOrAdd((kind, articleId), key => new CachingWrapperFilter(NewRestriction(key.Kind, key.ArticleId)));
    }

    private static Filter NewRestriction(PassageKind? kind, string? articleId)
    {
        var must = new BooleanQuery();
        if (kind is not null)
            must.Add(new TermQuery(new Term(KindField, KindValue(kind.Value))), Occur.MUST);
        if (articleId is not null)
            must.Add(new TermQuery(new Term(ArticleField, articleId)), Occur.MUST);
        return new QueryWrapperFilter(must);
    }
}
