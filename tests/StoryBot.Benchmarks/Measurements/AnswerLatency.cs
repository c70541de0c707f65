using System.Diagnostics;
using StoryBot.Benchmarks.Corpus;

namespace StoryBot.Benchmarks.Measurements;

/// <summary>
/// Per-call latency of warm answering, for the p99 targets (BenchmarkDotNet reports per-iteration means,
/// which hide the tail). Each question is asked <c>rounds</c> times, interleaved across kinds.
/// </summary>
public static class AnswerLatency
{
    public static void Run(IReadOnlyList<string> corpora, int rounds, TextWriter output)
    {
        output.WriteLine($"| corpus | kind | StoryBot p50 / p99 / max (ms) | plain p50 / p99 / max (ms) |");
        output.WriteLine("|---|---|---|---|");
        foreach (var corpus in corpora)
        {
            var build = Stopwatch.StartNew();
            var knowledge = Corpora.Knowledge(corpus);
            var plain = Corpora.Plain(corpus);
            Console.Error.WriteLine($"[{corpus}] {Corpora.Articles(corpus).Count} articles built in {build.Elapsed.TotalSeconds:0.0} s");

            var kinds = Questions.Kinds.ToArray();
            var bot = kinds.ToDictionary(k => k, _ => new List<long>(rounds));
            var baseline = kinds.ToDictionary(k => k, _ => new List<long>(rounds));

            // Warm-up: JIT, Lucene caches, first-touch allocations.
            for (var i = 0; i < Math.Min(rounds, 200); i++)
            {
                foreach (var kind in kinds)
                {
                    knowledge.Ask(Questions.ByKind[kind]);
                    plain.BestSentence(Questions.ByKind[kind]);
                }
            }

            for (var i = 0; i < rounds; i++)
            {
                foreach (var kind in kinds)
                {
                    var question = Questions.ByKind[kind];
                    var start = Stopwatch.GetTimestamp();
                    knowledge.Ask(question);
                    bot[kind].Add(Stopwatch.GetTimestamp() - start);

                    start = Stopwatch.GetTimestamp();
                    plain.BestSentence(question);
                    baseline[kind].Add(Stopwatch.GetTimestamp() - start);
                }
            }

            foreach (var kind in kinds)
            {
                output.WriteLine($"| {corpus} | {kind} | {Cell(LatencySummary.FromTicks(bot[kind]))} | {Cell(LatencySummary.FromTicks(baseline[kind]))} |");
            }

            output.WriteLine($"| {corpus} | **all** | {Cell(LatencySummary.FromTicks(bot.Values.SelectMany(v => v).ToList()))} | " +
                             $"{Cell(LatencySummary.FromTicks(baseline.Values.SelectMany(v => v).ToList()))} |");
        }
    }

    /// <summary>What each approach returns for the benchmark questions, so speed is read next to quality.</summary>
    public static void PrintAnswers(string corpus, TextWriter output)
    {
        var knowledge = Corpora.Knowledge(corpus);
        var plain = Corpora.Plain(corpus);
        output.WriteLine($"| kind | question | StoryBot answer | plain best sentence |");
        output.WriteLine("|---|---|---|---|");
        foreach (var (kind, question) in Questions.ByKind)
        {
            var answer = knowledge.Ask(question);
            output.WriteLine($"| {kind} | {question} | {Shorten(answer.Text ?? "(no answer)")} | {Shorten(plain.BestSentence(question) ?? "(nothing)")} |");
        }
    }

    private static string Shorten(string text) => (text.Length <= 90 ? text : text[..87] + "…").Replace("|", "\\|", StringComparison.Ordinal);

    private static string Cell(LatencySummary s) =>
        $"{LatencySummary.Format(s.P50)} / {LatencySummary.Format(s.P99)} / {LatencySummary.Format(s.Max)}";
}
