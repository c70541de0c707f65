using System.CommandLine;
using StoryBot.Cli;

namespace StoryBot;

/// <summary>The program's entry point, with its standard streams passed in so tests can run it in-process.</summary>
public static class StoryBotApp
{
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, input, output, error, interactiveTerminal: false, cancellationToken);

    internal static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, bool interactiveTerminal, CancellationToken cancellationToken)
    {
        var (commandLine, configuration) = ConfigurationArguments.Split(args);
        var root = new StoryBotCli(configuration, input, output, error, interactiveTerminal).Build();
        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Ctrl+C and SIGTERM belong to the host, which stops the Discord bot cleanly.
            ProcessTerminationTimeout = null,
        };
        var parsed = root.Parse(commandLine);
        var exitCode = await parsed.InvokeAsync(invocation, cancellationToken);
        // Parse errors (already printed with usage) share the exit code of every other setup mistake.
        return parsed.Errors.Count > 0 ? ExitCodes.InvalidSetup : exitCode;
    }
}
