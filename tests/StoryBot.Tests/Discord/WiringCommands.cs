using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StoryBot.Commands;

namespace StoryBot.Tests.Discord;

/// <summary>
/// Commands with known, fixed behaviour, used in place of the story commands when a test is about the Discord
/// wiring rather than what the story says: an echoing /ask with paging, one that throws, one that breaks its reply,
/// one that waits for the test, and one whose reply breaks every Discord limit.
/// </summary>
internal static class WiringCommands
{
    public const string PageRefusal = "Only the person who asked can page through these.";

    /// <summary>
    /// Configuration for these commands: they answer at once, so the direct-answer window is widened to Discord's
    /// limit to keep a busy test machine from turning an instant answer into a deferred one.
    /// </summary>
    public static string[] Settings(params string[] more) => ["--Discord:DeferAfterMilliseconds=2500", .. more];

    public static void Replace(IServiceCollection services)
    {
        services.RemoveAll<ICommand>();
        services.AddSingleton<SlowCommand>();
        services.AddSingleton<ICommand, EchoAskCommand>();
        services.AddSingleton<ICommand, ThrowingCommand>();
        services.AddSingleton<ICommand, BrokenReplyCommand>();
        services.AddSingleton<ICommand>(sp => sp.GetRequiredService<SlowCommand>());
        services.AddSingleton<ICommand, OversizedCommand>();
    }
}

/// <summary>/ask that echoes the question, with a page button only the asker may press, and 40 over-long suggestions.</summary>
internal sealed class EchoAskCommand : IAutocompleteCommand, IButtonCommand
{
    private const string PagePrefix = "ask:more:";

    public CommandDefinition Definition { get; } = new("ask", "Echo the question",
        [new CommandOptionDefinition("question", "What to echo", CommandOptionType.String, Required: true, Autocomplete: true) { MaxLength = 500 }]);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var question = context.Option("question") ?? "";
        return Task.FromResult(new Reply
        {
            Cards =
            [
                new ReplyCard
                {
                    Title = question,
                    Description = $"You asked: {question}",
                    Fields = [new ReplyField("From the story", "a **bold** passage")],
                },
            ],
            Buttons = [new ReplyButton("More passages", ActionId: PagePrefix + context.UserId), new ReplyButton("Read the article", Url: "https://example.com/story")],
        });
    }

    public IReadOnlyList<CommandChoice> Suggest(string optionName, string typed, CommandContext context) =>
        [.. Enumerable.Range(1, 40).Select(i => new CommandChoice($"{typed} suggestion {i} " + new string('x', 150), $"{typed} {i}"))];

    public bool Owns(string actionId) => actionId.StartsWith(PagePrefix, StringComparison.Ordinal);

    public Task<Reply> PressAsync(string actionId, CommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult(actionId[PagePrefix.Length..] == context.UserId
            ? new Reply { Cards = [new ReplyCard { Title = "Page 2", Description = "More passages" }] }
            : Reply.Message(WiringCommands.PageRefusal, ephemeral: true));
}

internal sealed class ThrowingCommand : ICommand
{
    public CommandDefinition Definition { get; } = new("boom", "Always fails", []);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The command failed on purpose.");
}

/// <summary>Returns a malformed reply, so the failure happens in the Discord wiring, after the router.</summary>
internal sealed class BrokenReplyCommand : ICommand
{
    public CommandDefinition Definition { get; } = new("broken", "Returns a malformed reply", []);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) => Task.FromResult(new Reply { Cards = null! });
}

/// <summary>Answers only when the test lets it, so it always misses the direct-answer window.</summary>
internal sealed class SlowCommand : ICommand
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CommandDefinition Definition { get; } = new("slow", "Answers when released", []);

    public void Release() => _release.TrySetResult();

    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await _release.Task.WaitAsync(cancellationToken);
        return Reply.Message("Finally, the answer.");
    }
}

/// <summary>A reply past every Discord limit: text, embeds, fields, footers, buttons and a 150-character action id.</summary>
internal sealed class OversizedCommand : ICommand
{
    public const string Word = "lorem ";

    public CommandDefinition Definition { get; } = new("oversized", "Says far too much", []);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        static string Words(int length) => string.Concat(Enumerable.Repeat(Word, length / Word.Length + 1))[..length];
        var cards = Enumerable.Range(1, 12).Select(i => new ReplyCard
        {
            Title = $"Card {i} " + Words(400),
            Description = "**" + Words(5000) + "**",
            Url = "https://example.com/" + i,
            Fields = [.. Enumerable.Range(1, 30).Select(f => new ReplyField($"Field {f} " + Words(300), Words(2000)))],
            Footer = Words(3000),
        });
        var buttons = Enumerable.Range(1, 30).Select(i => i switch
        {
            1 => new ReplyButton(Words(120), ActionId: new string('a', 150)),
            _ when i % 2 == 0 => new ReplyButton($"Link {i}", Url: "https://example.com/" + i),
            _ => new ReplyButton($"Action {i}", ActionId: $"oversized:{i}"),
        });
        return Task.FromResult(new Reply { Text = Words(5000), Cards = [.. cards], Buttons = [.. buttons] });
    }
}
