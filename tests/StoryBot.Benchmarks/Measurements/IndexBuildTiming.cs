using System.Diagnostics;
using StoryBot.Benchmarks.Baseline;
using StoryBot.Benchmarks.Corpus;
using StoryBot.Knowledge;
using StoryBot.Knowledge.Corpus;
using StoryBot.Knowledge.Facts;
using StoryBot.Knowledge.Search;

namespace StoryBot.Benchmarks.Measurements;

/// <summary>
/// One cold build per corpus size from article files on disk, timed part by part: parsing, the Lucene index,
/// the fact book, the whole facade (<see cref="StoryKnowledge.Load"/>: all of these plus the answerer's
/// sentence catalogue), and the plain sentence index from the same articles for comparison.
/// </summary>
public static class IndexBuildTiming
{
    public static void Run(IReadOnlyList<int> sizes, TextWriter output)
    {
        var generator = SyntheticCorpus.FromSharedStory();
        output.WriteLine("| synthetic articles (+ seed) | passages | parse (s) | StoryIndex (s) | FactBook (s) | StoryKnowledge.Load (s) | its allocations (MB) | plain index (s) |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var root = Path.Combine(Path.GetTempPath(), $"storybot-bench-{size}-{Environment.ProcessId}");
            var articles = Path.Combine(root, "articles");
            try
            {
                generator.WriteTo(articles, size);
                foreach (var seed in Directory.EnumerateFiles(RepoPaths.SeedArticles, "*.md"))
                {
                    File.Copy(seed, Path.Combine(articles, Path.GetFileName(seed)), overwrite: true);
                }

                var clock = Stopwatch.StartNew();
                var parsed = CorpusLoader.Load(articles).Articles;
                var parseSeconds = Lap(clock);

                int passages;
                using (var index = StoryIndex.Build(parsed))
                {
                    passages = index.PassageCount;
                }

                var indexSeconds = Lap(clock);
                FactBook.Build(parsed);
                var factSeconds = Lap(clock);

                GC.Collect();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                clock.Restart();
                using (var knowledge = StoryKnowledge.Load(root))
                {
                    if (knowledge.Errors.Count > 0)
                    {
                        System.Console.Error.WriteLine($"[{size}] {knowledge.Errors.Count} files failed, first: {knowledge.Errors[0]}");
                    }
                }

                var loadSeconds = Lap(clock);
                var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0;
                using (PlainSentenceSearch.Build(parsed))
                {
                }

                var plainSeconds = Lap(clock);
                output.WriteLine($"| {size:N0} | {passages:N0} | {parseSeconds:0.00} | {indexSeconds:0.00} | {factSeconds:0.00} | {loadSeconds:0.00} | {allocatedMb:N0} | {plainSeconds:0.00} |");
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static double Lap(Stopwatch clock)
    {
        var seconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        return seconds;
    }
}
