using BenchmarkDotNet.Attributes;
using StoryBot.Benchmarks.Baseline;
using StoryBot.Benchmarks.Corpus;
using StoryBot.Knowledge.Search;

namespace StoryBot.Benchmarks.Benchmarks;

/// <summary>Free-text passage search (what /search does) and a top-1 sentence search, the like-for-like match for the baseline.</summary>
[Config(typeof(ShortRunConfig))]
public class SearchBenchmarks
{
    private StoryIndex index = null!;
    private PlainSentenceSearch plain = null!;

    [Params(Corpora.Seed, "1000", "10000")]
    public string Corpus { get; set; } = Corpora.Seed;

    [GlobalSetup]
    public void Setup()
    {
        index = Corpora.Index(Corpus);
        plain = Corpora.Plain(Corpus);
    }

    [Benchmark(Baseline = true)]
    public string? PlainBestSentence() => plain.BestSentence(Questions.SearchQuery);

    [Benchmark]
    public IReadOnlyList<PassageHit> IndexSearchTop10() => index.Search(Questions.SearchQuery, 10);

    [Benchmark]
    public IReadOnlyList<PassageHit> IndexSearchSentencesTop1() => index.Search(Questions.SearchQuery, 1, PassageKind.Sentence);


}
