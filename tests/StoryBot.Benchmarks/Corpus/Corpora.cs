using System.Collections.Concurrent;
using System.Globalization;
using StoryBot.Benchmarks.Baseline;
using StoryBot.Knowledge;
using StoryBot.Knowledge.Corpus;
using StoryBot.Knowledge.Facts;
using StoryBot.Knowledge.Search;

namespace StoryBot.Benchmarks.Corpus;

/// <summary>
/// The corpora every benchmark runs on, built once per process and shared: "seed" is index-data/articles;
/// "100", "1000", "10000" are the seed articles plus that many synthetic ones.
/// Benchmarks run in-process, so a 10,000-article index is built once per run, not once per benchmark case.
/// </summary>
public static class Corpora
{
    public const string Seed = "seed";

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<Article>>> ArticleCache = new();
    private static readonly ConcurrentDictionary<string, Lazy<StoryKnowledge>> KnowledgeCache = new();
    private static readonly ConcurrentDictionary<string, Lazy<PlainSentenceSearch>> PlainCache = new();
    private static readonly ConcurrentDictionary<string, Lazy<StoryIndex>> IndexCache = new();
    private static readonly ConcurrentDictionary<string, Lazy<FactBook>> FactCache = new();

    public static IReadOnlyList<Article> Articles(string corpus) =>
        ArticleCache.GetOrAdd(corpus, name => new Lazy<IReadOnlyList<Article>>(() => LoadArticles(name))).Value;

    public static StoryKnowledge Knowledge(string corpus) =>
        KnowledgeCache.GetOrAdd(corpus, name => new Lazy<StoryKnowledge>(() => StoryKnowledge.FromArticles(Articles(name)))).Value;

    /// <summary>The index alone, so search is measured apart from the facade (built separately from <see cref="Knowledge"/>).</summary>
    public static StoryIndex Index(string corpus) =>
        IndexCache.GetOrAdd(corpus, name => new Lazy<StoryIndex>(() => StoryIndex.Build(Articles(name)))).Value;

    /// <summary>The fact book alone, for lookups on corpora too large to build the whole facade for.</summary>
    public static FactBook Facts(string corpus) =>
        FactCache.GetOrAdd(corpus, name => new Lazy<FactBook>(() => FactBook.Build(Articles(name)))).Value;

    public static PlainSentenceSearch Plain(string corpus) =>
        PlainCache.GetOrAdd(corpus, name => new Lazy<PlainSentenceSearch>(() => PlainSentenceSearch.Build(Articles(name)))).Value;

    /// <summary>The shipped articles, parsed by the product's own loader.</summary>
    public static IReadOnlyList<Article> SeedArticles()
    {
        var result = CorpusLoader.Load(RepoPaths.SeedArticles);
        if (result.Errors.Count > 0 || result.Articles.Count == 0)
        {
            throw new InvalidDataException(
                $"The seed corpus at {RepoPaths.SeedArticles} did not load cleanly: " +
                string.Join("; ", result.Errors.Select(e => e.ToString())));
        }

        return result.Articles;
    }

    /// <summary>How many synthetic articles a corpus name adds to the seed articles.</summary>
    public static int SyntheticCount(string corpus) =>
        corpus == Seed ? 0 : int.Parse(corpus, NumberStyles.None, CultureInfo.InvariantCulture);

    private static IReadOnlyList<Article> LoadArticles(string corpus)
    {
        var synthetic = SyntheticCount(corpus);
        var seed = SeedArticles();
        return synthetic == 0 ? seed : [.. seed, .. SyntheticCorpus.FromSharedStory().Articles(synthetic)];
    }
}
