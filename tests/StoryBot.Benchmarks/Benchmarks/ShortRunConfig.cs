using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace StoryBot.Benchmarks.Benchmarks;

/// <summary>
/// Few iterations, in-process, with allocations: a full run takes minutes, and the corpora (a 10,000-article
/// index included) are built once per process rather than once per benchmark case.
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    /// <summary>In-process, with room for the first case of a run to build a 10,000-article corpus under load.</summary>
    internal static readonly InProcessEmitToolchain InProcess = new(TimeSpan.FromMinutes(30), logOutput: true);

    public ShortRunConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcess).WithId("ShortRun-InProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
    }
}

/// <summary>For operations that take seconds (building a 10,000-article index): one build per iteration, three iterations.</summary>
public sealed class OneShotConfig : ManualConfig
{
    public OneShotConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(ShortRunConfig.InProcess)
            .WithId("OneShot-InProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
