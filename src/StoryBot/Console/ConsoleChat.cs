using StoryBot.Commands;
using StoryBot.Settings;

namespace StoryBot.Console;

/// <summary>
/// The interactive console: each line is a command ("/search pause") or a question, answered through the same
/// <see cref="CommandRouter"/> as Discord. "[1]" or "1" presses the first button of the last reply, "/more" its
/// "More passages" button; "quit", "exit" or end of input leaves.
/// </summary>
public sealed class ConsoleChat(CommandRouter router, ConsoleReplyRenderer renderer, TextReader input, TextWriter output)
{
    /// <summary>Who types at the console: one member of a local server who may manage it (so /config works).</summary>
    public static CommandContext ConsoleUser { get; } = ConsoleGuild.Context();

    public const string Welcome =
        "StoryBot: ask a question about the story, or type /help for commands and quit to leave. " +
        "To run it on Discord instead, set Discord__Token (see the README).";

    public const string Prompt = "> ";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(Welcome);
        IReadOnlyList<ReplyButton> buttons = [];
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync(Prompt);
            await output.FlushAsync(cancellationToken);
            var line = (await input.ReadLineAsync(cancellationToken))?.Trim();
            if (line is null || IsQuit(line))
                break;
            if (line.Length == 0)
                continue;

            if (ButtonHint(line, buttons) is { } hint)
            {
                // A link or a wrong number: say so, and keep the buttons pressable.
                await output.WriteLineAsync(hint);
                continue;
            }
            var reply = await ReplyToAsync(line, buttons, cancellationToken);
            await output.WriteLineAsync(renderer.Render(reply));
            await output.FlushAsync(cancellationToken);
            buttons = reply.Buttons;
        }
    }

    private Task<Reply> ReplyToAsync(string line, IReadOnlyList<ReplyButton> buttons, CancellationToken cancellationToken)
    {
        if (line.Equals("/more", StringComparison.OrdinalIgnoreCase))
        {
            var more = buttons.FirstOrDefault(b => b.ActionId is not null);
            return more is null
                ? Task.FromResult(Reply.Message("There is nothing more to show. Ask a question first."))
                : router.PressAsync(more.ActionId!, ConsoleUser, cancellationToken);
        }
        if (ButtonNumber(line) is { } number)
            return router.PressAsync(buttons[number - 1].ActionId!, ConsoleUser, cancellationToken);
        return router.ExecuteTextAsync(line, ConsoleUser, cancellationToken, ConsoleGuild.ResolveOptions);
    }

    /// <summary>What to tell the user when a typed number is not an action button to press; null otherwise.</summary>
    private static string? ButtonHint(string line, IReadOnlyList<ReplyButton> buttons)
    {
        if (ButtonNumber(line) is not { } number)
            return null;
        if (number < 1 || number > buttons.Count)
            return buttons.Count == 0 ? "There is no button to press." : $"Pick a button from 1 to {buttons.Count}.";
        var button = buttons[number - 1];
        return button.ActionId is null ? $"Open {button.Url} in your browser." : null;
    }

    private static bool IsQuit(string line) =>
        line.TrimStart('/') is var word
        && (word.Equals("quit", StringComparison.OrdinalIgnoreCase) || word.Equals("exit", StringComparison.OrdinalIgnoreCase));

    /// <summary>"[2]" or "2": a button number; anything else is not.</summary>
    private static int? ButtonNumber(string line)
    {
        var inner = line.StartsWith('[') && line.EndsWith(']') ? line[1..^1] : line;
        return inner.Length is > 0 and <= 2 && int.TryParse(inner, out var number) ? number : null;
    }
}
