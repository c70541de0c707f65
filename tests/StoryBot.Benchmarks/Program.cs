using System.Globalization;
using BenchmarkDotNet.Running;
using StoryBot.Benchmarks;
using StoryBot.Benchmarks.Corpus;
using StoryBot.Benchmarks.Load;
using StoryBot.Benchmarks.Measurements;

// Verbs besides BenchmarkDotNet's own arguments (see README.md):
//   corpus <count> <directory> [seed]   write a synthetic corpus in the index-data format
//   latency [rounds] [corpus...]        per-call answer latency p50/p99/max, StoryBot vs plain
//   answers [corpus]                    what StoryBot and the plain baseline answer to the benchmark questions
//   build [size...]                     one cold StoryKnowledge.Load per synthetic corpus size
//   load [options]                      end-to-end load through the fake Discord (load --help)
//   anything else                       BenchmarkDotNet, e.g. --filter '*AnswerBenchmarks*'
var verb = args.Length > 0 ? args[0] : "";
switch (verb)
{
    case "corpus" when args.Length >= 3:
        var seed = args.Length > 3 ? Int(args[3]) : SyntheticCorpus.DefaultSeed;
        var written = SyntheticCorpus.FromSharedStory(seed).WriteTo(args[2], Int(args[1]));
        Console.WriteLine($"Wrote {Int(args[1]):N0} articles to {written}");
        return 0;
    case "latency":
        var rounds = args.Length > 1 ? Int(args[1]) : 2000;
        string[] corpora = args.Length > 2 ? args[2..] : [Corpora.Seed, "10000"];
        AnswerLatency.Run(corpora, rounds, Console.Out);
        return 0;
    case "answers":
        AnswerLatency.PrintAnswers(args.Length > 1 ? args[1] : Corpora.Seed, Console.Out);
        return 0;
    case "build":
        int[] sizes = args.Length > 1 ? args[1..].Select(Int).ToArray() : [100, 1000, 10000];
        IndexBuildTiming.Run(sizes, Console.Out);
        return 0;
    case "load":
        if (args.Contains("--help"))
        {
            Console.WriteLine(LoadOptions.Usage);
            return 0;
        }

        using (var stop = new CancellationTokenSource())
        {
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            return await LoadTool.RunAsync(LoadOptions.Parse(args[1..]), Console.Out, stop.Token);
        }

    default:
        BenchmarkSwitcher.FromAssembly(typeof(RepoPaths).Assembly).Run(args);
        return 0;
}

static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
