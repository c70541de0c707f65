using System.CommandLine;
using StoryBot.Cli;

namespace StoryBot;

/// <summary>The program's entry point, with its standard streams passed in so tests can run it in-process.</summary>
public static class StoryBotApp
{
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, input, output, error, interactiveTerminal: false, cancellationToken);

    internal static Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, bool interactiveTerminal, CancellationToken cancellationToken)
    {
        var root = new StoryBotCli(input, output, error, interactiveTerminal).Build();
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Ctrl+C and SIGTERM belong to the host, which stops the Discord bot cleanly.
            ProcessTerminationTimeout = null,
        };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
