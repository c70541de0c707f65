using System.Diagnostics;
using StoryBot.Benchmarks.Baseline;
using StoryBot.Benchmarks.Corpus;
using StoryBot.Knowledge;

namespace StoryBot.Benchmarks.Measurements;

/// <summary>
/// One cold load per corpus size, the way the bot starts: article files on disk → parse → index → facts
/// (<see cref="StoryKnowledge.Load"/>), then the plain sentence index from the same articles for comparison.
/// </summary>
public static class IndexBuildTiming
{
    public static void Run(IReadOnlyList<int> sizes, TextWriter output)
    {
        var generator = SyntheticCorpus.FromSharedStory();
        output.WriteLine("| synthetic articles (+ seed) | passages | StoryKnowledge.Load (s) | allocated (MB) | plain index (s) | working set after (MB) |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var root = Path.Combine(Path.GetTempPath(), $"storybot-bench-{size}-{Environment.ProcessId}");
            var articles = Path.Combine(root, "articles");
            try
            {
                generator.WriteTo(articles, size);
                foreach (var seed in Directory.EnumerateFiles(RepoPaths.SeedArticles))
                {
                    File.Copy(seed, Path.Combine(articles, Path.GetFileName(seed)), overwrite: true);
                }

                GC.Collect();
                GC.WaitForPendingFinalizers();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                using var knowledge = StoryKnowledge.Load(root);
                var loadSeconds = clock.Elapsed.TotalSeconds;
                var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0;
                if (knowledge.Errors.Count > 0)
                {
                    Console.Error.WriteLine($"[{size}] {knowledge.Errors.Count} files failed, first: {knowledge.Errors[0]}");
                }

                clock.Restart();
                using var plain = PlainSentenceSearch.Build(knowledge.Articles);
                var plainSeconds = clock.Elapsed.TotalSeconds;

                using var process = Process.GetCurrentProcess();
                output.WriteLine($"| {size:N0} | {knowledge.Index.PassageCount:N0} | {loadSeconds:0.00} | {allocatedMb:N0} | {plainSeconds:0.00} | {process.WorkingSet64 / 1048576.0:N0} |");
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
