using System.Globalization;

namespace StoryBot.Benchmarks.Load;

/// <summary>
/// What the load tool does, bounded: each rate runs for at most <see cref="Seconds"/> and sends at most
/// <see cref="MaxPerStage"/> interactions, all over loopback to a fake Discord this process hosts.
/// </summary>
public sealed record LoadOptions
{
    public IReadOnlyList<int> Rates { get; init; } = [100, 500, 2000];

    public int Seconds { get; init; } = 30;

    public int MaxPerStage { get; init; } = 60_000;

    /// <summary>How long to wait for the last callbacks after a stage stops sending.</summary>
    public int DrainSeconds { get; init; } = 10;

    /// <summary>Interactions sent (and answered) before measuring, so the bot's JIT and caches are warm.</summary>
    public int Warmup { get; init; } = 200;

    /// <summary>The built host; built first with <c>dotnet build -c Release</c> unless <see cref="NoBuild"/>.</summary>
    public string BotDll { get; init; } = Path.Combine(RepoPaths.RepositoryRoot, "src", "StoryBot", "bin", "Release", "net10.0", "storybot.dll");

    public string BotArguments { get; init; } = "run";

    public bool NoBuild { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--rates" => options with { Rates = Value().Split(',').Select(Int).ToArray() },
                "--seconds" => options with { Seconds = Int(Value()) },
                "--max" => options with { MaxPerStage = Int(Value()) },
                "--drain-seconds" => options with { DrainSeconds = Int(Value()) },
                "--warmup" => options with { Warmup = Int(Value()) },
                "--bot-dll" => options with { BotDll = Path.GetFullPath(Value()) },
                "--bot-args" => options with { BotArguments = Value() },
                "--no-build" => options with { NoBuild = true },
                _ => throw new ArgumentException($"Unknown load option {args[i]}. " + Usage),
            };
        }

        if (options.Rates.Any(r => r is < 1 or > 20_000) || options.Seconds is < 1 or > 600 || options.MaxPerStage is < 1 or > 1_000_000)
        {
            throw new ArgumentException("Rates must be 1–20,000/s, --seconds 1–600 and --max 1–1,000,000. " + Usage);
        }

        return options;
    }

    public const string Usage =
        "Usage: load [--rates 100,500,2000] [--seconds 30] [--max 60000] [--drain-seconds 10] [--warmup 200] [--bot-dll path] [--bot-args run] [--no-build]";

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
