using BenchmarkDotNet.Attributes;
using StoryBot.Benchmarks.Baseline;
using StoryBot.Benchmarks.Corpus;
using StoryBot.Knowledge;
using StoryBot.Knowledge.Corpus;
using StoryBot.Knowledge.Facts;
using StoryBot.Knowledge.Search;

namespace StoryBot.Benchmarks.Benchmarks;

/// <summary>Building everything from parsed articles: StoryBot's index and facts against the plain sentence index.</summary>
public abstract class IndexBuildBenchmarksBase
{
    protected IReadOnlyList<Article> Articles { get; private set; } = [];

    public abstract string Corpus { get; set; }

    [GlobalSetup]
    public void Setup() => Articles = Corpora.Articles(Corpus);

    [Benchmark(Baseline = true)]
    public int PlainIndex()
    {
        using var plain = PlainSentenceSearch.Build(Articles);
        return plain.SentenceCount;
    }

    [Benchmark]
    public int StoryIndexOnly()
    {
        using var index = StoryIndex.Build(Articles);
        return index.PassageCount;
    }

    [Benchmark]
    public int FactBookOnly() => FactBook.Build(Articles).People.Count;

}

/// <summary>The whole facade (index, facts, the answerer's catalogue, suggestions); grows faster than linearly, so small corpora only.</summary>
[Config(typeof(ShortRunConfig))]
public class KnowledgeBuildBenchmarks
{
    private IReadOnlyList<Article> articles = [];

    [Params(Corpora.Seed, "100")]
    public string Corpus { get; set; } = Corpora.Seed;

    [GlobalSetup]
    public void Setup() => articles = Corpora.Articles(Corpus);

    [Benchmark]
    public int StoryKnowledgeFromArticles()
    {
        using var knowledge = StoryKnowledge.FromArticles(articles);
        return knowledge.Articles.Count;
    }
}

[Config(typeof(ShortRunConfig))]
public class IndexBuildBenchmarks : IndexBuildBenchmarksBase
{
    [Params(Corpora.Seed, "100", "1000")]
    public override string Corpus { get; set; } = Corpora.Seed;
}

/// <summary>The same builds on 10,000 synthetic articles: seconds each, so a few single builds rather than many.</summary>
[Config(typeof(OneShotConfig))]
public class LargeIndexBuildBenchmarks : IndexBuildBenchmarksBase
{
    [Params("10000")]
    public override string Corpus { get; set; } = "10000";
}
