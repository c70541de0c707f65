using System.Diagnostics;

namespace StoryBot.Benchmarks.Load;

/// <summary>The bot under load, as its own process (<c>dotnet storybot.dll run</c>); its output goes to a log file.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private BotProcess(Process process, StreamWriter log, string logPath)
    {
        this.process = process;
        this.log = log;
        LogPath = logPath;
        Meter = new ProcessMeter(process);
    }

    public ProcessMeter Meter { get; }

    public string LogPath { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Builds the host in Release so the measured process is the bot itself, not <c>dotnet run</c>'s wrapper.</summary>
    public static async Task BuildAsync(CancellationToken cancellationToken)
    {
        var project = Path.Combine(RepoPaths.RepositoryRoot, "src", "StoryBot", "StoryBot.csproj");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "q"])
        {
            WorkingDirectory = RepoPaths.RepositoryRoot,
        }) ?? throw new InvalidOperationException("Could not start dotnet build");
        await build.WaitForExitAsync(cancellationToken);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build {project} failed with exit code {build.ExitCode}");
        }
    }

    public static BotProcess Start(string dll, string arguments, IReadOnlyDictionary<string, string> environment)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The bot is not built: {dll}. Run without --no-build, or build src/StoryBot in Release.", dll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var logPath = Path.Combine(Path.GetTempPath(), $"storybot-load-{Environment.ProcessId}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, log, logPath);
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // Closing stdin and then stopping by id: only the process this tool started.
            process.StandardInput.Close();
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }
}
