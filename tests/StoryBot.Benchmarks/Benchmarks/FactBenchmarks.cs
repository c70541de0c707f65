using BenchmarkDotNet.Attributes;
using StoryBot.Benchmarks.Corpus;
using StoryBot.Knowledge.Facts;

namespace StoryBot.Benchmarks.Benchmarks;

/// <summary>Fact lookups the answerer and /who, /quotes make: a name the story holds, one it does not, quotes by surname.</summary>
[Config(typeof(ShortRunConfig))]
public class FactBenchmarks
{
    private FactBook facts = null!;

    [Params(Corpora.Seed, "1000")]
    public string Corpus { get; set; } = Corpora.Seed;

    [GlobalSetup]
    public void Setup() => facts = Corpora.Facts(Corpus);

    [Benchmark]
    public Person? FindPersonBySurname() => facts.FindPerson("Wozniak");

    [Benchmark]
    public Person? FindPersonMissing() => facts.FindPerson("Satya Nadella");

    [Benchmark]
    public IReadOnlyList<Quote> QuotesBySurname() => facts.QuotesBy("Mostaque");
}
