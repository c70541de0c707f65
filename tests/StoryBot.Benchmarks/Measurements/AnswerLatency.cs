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
        output.WriteLine("| corpus | kind | StoryBot p50 / p99 / max (ms) | plain p50 / p99 / max (ms) |");
        output.WriteLine("|---|---|---|---|");
        var cpuNotes = new List<string>();
        foreach (var corpus in corpora)
        {
            var build = Stopwatch.StartNew();
            var knowledge = Corpora.Knowledge(corpus);
            var plain = Corpora.Plain(corpus);
            System.Console.Error.WriteLine($"[{corpus}] {Corpora.Articles(corpus).Count} articles built in {build.Elapsed.TotalSeconds:0.0} s");

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

            // CPU time per call as well: on a shared machine wall-clock tails include time spent preempted.
            var botCpu = TimeSpan.Zero;
            var plainCpu = TimeSpan.Zero;
            for (var i = 0; i < rounds; i++)
            {
                var cpuStart = ThreadCpu.Now;
                foreach (var kind in kinds)
                {
                    var start = Stopwatch.GetTimestamp();
                    knowledge.Ask(Questions.ByKind[kind]);
                    bot[kind].Add(Stopwatch.GetTimestamp() - start);
                }

                var cpuMiddle = ThreadCpu.Now;
                foreach (var kind in kinds)
                {
                    var start = Stopwatch.GetTimestamp();
                    plain.BestSentence(Questions.ByKind[kind]);
                    baseline[kind].Add(Stopwatch.GetTimestamp() - start);
                }

                botCpu += cpuMiddle - cpuStart;
                plainCpu += ThreadCpu.Now - cpuMiddle;
            }

            var calls = rounds * kinds.Length;
            cpuNotes.Add($"{corpus}: CPU per call (this thread) StoryBot {botCpu.TotalMilliseconds / calls:0.000} ms, plain {plainCpu.TotalMilliseconds / calls:0.000} ms");

            foreach (var kind in kinds)
            {
                output.WriteLine($"| {corpus} | {kind} | {Cell(LatencySummary.FromTicks(bot[kind]))} | {Cell(LatencySummary.FromTicks(baseline[kind]))} |");
            }

            output.WriteLine($"| {corpus} | **all** | {Cell(LatencySummary.FromTicks(bot.Values.SelectMany(v => v).ToList()))} | " +
                             $"{Cell(LatencySummary.FromTicks(baseline.Values.SelectMany(v => v).ToList()))} |");
        }

        output.WriteLine();
        foreach (var note in cpuNotes)
        {
            output.WriteLine(note);
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
