using BenchmarkDotNet.Attributes;
using StoryBot.Benchmarks.Baseline;
using StoryBot.Benchmarks.Corpus;
using StoryBot.Knowledge;
using StoryBot.Knowledge.Answering;

namespace StoryBot.Benchmarks.Benchmarks;

/// <summary>
/// Answering one question, warm, per question kind: StoryBot against the plain best-sentence baseline.
/// 10,000 articles is left out: building the facade for it takes hours (see README.md); `latency` measures the tail.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class AnswerBenchmarks
{
    private StoryKnowledge knowledge = null!;
    private PlainSentenceSearch plain = null!;
    private string question = "";

    [Params(Corpora.Seed, "1000")]
    public string Corpus { get; set; } = Corpora.Seed;

    [ParamsSource(nameof(Kinds))]
    public string Kind { get; set; } = "who";

    public static IEnumerable<string> Kinds => Questions.Kinds;

    [GlobalSetup]
    public void Setup()
    {
        knowledge = Corpora.Knowledge(Corpus);
        plain = Corpora.Plain(Corpus);
        question = Questions.ByKind[Kind];
    }

    [Benchmark(Baseline = true)]
    public string? PlainBestSentence() => plain.BestSentence(question);

    [Benchmark]
    public Answer StoryBotAsk() => knowledge.Ask(question);
}
