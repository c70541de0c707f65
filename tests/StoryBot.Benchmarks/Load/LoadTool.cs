using System.Diagnostics;
using StoryBot.FakeDiscord;

namespace StoryBot.Benchmarks.Load;

/// <summary>
/// End to end: hosts the fake Discord on loopback, starts the bot as its own process pointed at it, and fires
/// <c>/ask</c> interactions at fixed rates, measuring dispatch → answer latency and the bot's CPU and memory.
/// </summary>
public static class LoadTool
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(90);

    public static async Task<int> RunAsync(LoadOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        if (!options.NoBuild)
        {
            System.Console.Error.WriteLine("Building src/StoryBot in Release…");
            await BotProcess.BuildAsync(cancellationToken);
        }

        if (Environment.GetEnvironmentVariable("STORYBOT_LOAD_DEBUG") is not null)
        {
            var shown = 0;
            AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
            {
                if (Interlocked.Increment(ref shown) <= 3)
                {
                    System.Console.Error.WriteLine($"first-chance: {e.Exception}");
                }
            };
        }

        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { OpenApiPath = RepoPaths.DiscordOpenApi });
        var environment = new Dictionary<string, string>
        {
            ["Discord__Token"] = fake.Token,
            ["Discord__ApiBaseUrl"] = fake.ApiBaseUrl,
            ["DOTNET_ENVIRONMENT"] = "Production",
        };

        await using var bot = BotProcess.Start(options.BotDll, options.BotArguments, environment);
        System.Console.Error.WriteLine($"Bot pid {bot.Id}, log {bot.LogPath}; fake Discord at {fake.ApiBaseUrl}");
        var startedAt = Stopwatch.StartNew();
        try
        {
            await fake.WaitForIdentifyAsync(ConnectTimeout);
        }
        catch (TimeoutException)
        {
            System.Console.Error.WriteLine($"The bot did not identify within {ConnectTimeout.TotalSeconds:0} s (exited: {bot.HasExited}); see {bot.LogPath}");
            return 1;
        }

        System.Console.Error.WriteLine($"Bot identified {startedAt.Elapsed.TotalSeconds:0.0} s after start; idle working set {bot.Meter.WorkingSet / 1048576.0:N0} MB");
        var sender = new FakeDiscordSender(fake);

        if (options.Warmup > 0)
        {
            var warmup = new LatencyRecorder();
            sender.Measure(warmup);
            var result = await LoadStage.RunAsync(sender, warmup, bot.Meter, rate: 50, TimeSpan.FromSeconds(options.Warmup / 50.0),
                options.Warmup, TimeSpan.FromSeconds(options.DrainSeconds), cancellationToken);
            System.Console.Error.WriteLine($"Warm-up: {result.Sent} sent, {result.Answered} answered, {result.Errors} errors, p50 {result.Latency.P50:0.0} ms");
        }

        output.WriteLine(StageResult.Header);
        var results = new List<StageResult>();
        foreach (var rate in options.Rates)
        {
            if (bot.HasExited)
            {
                System.Console.Error.WriteLine($"The bot exited; see {bot.LogPath}");
                return 1;
            }

            var recorder = new LatencyRecorder();
            sender.Measure(recorder);
            var toolCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var result = await LoadStage.RunAsync(sender, recorder, bot.Meter, rate, TimeSpan.FromSeconds(options.Seconds),
                options.MaxPerStage, TimeSpan.FromSeconds(options.DrainSeconds), cancellationToken);
            var toolCpu = (Process.GetCurrentProcess().TotalProcessorTime - toolCpuBefore).TotalSeconds;
            results.Add(result);
            output.WriteLine(result.Row());
            System.Console.Error.WriteLine($"  load tool + fake Discord CPU during the stage: {toolCpu:0.0} s over {result.WallSeconds:0.0} s");
            foreach (var error in result.SampleErrors)
            {
                System.Console.Error.WriteLine($"  e.g. {error}");
            }
        }

        System.Console.Error.WriteLine($"Deferred callbacks: {sender.DeferredCount}; protocol violations seen by the fake: {fake.Violations.Count}");
        foreach (var violation in fake.Violations.Take(5))
        {
            System.Console.Error.WriteLine($"  {violation}");
        }

        return results.All(r => r.Errors == 0 && r.Unanswered == 0) ? 0 : 3;
    }
}
