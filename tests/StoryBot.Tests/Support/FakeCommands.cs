using StoryBot.Commands;

namespace StoryBot.Tests.Support;

/// <summary>A command whose behaviour the test supplies.</summary>
public sealed class FakeCommand(string name, Func<CommandContext, Reply> execute, params CommandOptionDefinition[] options) : ICommand
{
    public List<CommandContext> Calls { get; } = [];

    public CommandDefinition Definition { get; } = new(name, $"The {name} command", options);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        Calls.Add(context);
        return Task.FromResult(execute(context));
    }
}

/// <summary>
/// A stand-in for /ask: echoes the question and offers a page button, so the router and console can be exercised
/// without a story loaded.
/// </summary>
public sealed class EchoAskCommand : IButtonCommand, IAutocompleteCommand
{
    public List<string> Pressed { get; } = [];

    public CommandDefinition Definition { get; } = new("ask", "Ask a question",
        [new CommandOptionDefinition("question", "The question", CommandOptionType.String, Required: true, Autocomplete: true)]);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new Reply
        {
            Cards = [new ReplyCard { Title = context.Option("question") ?? "", Description = "An **echoed** answer" }],
            Buttons = [new ReplyButton("More passages", ActionId: $"ask:more:{context.UserId}:1:k"), new ReplyButton("Read the article", Url: "https://example.org/a")],
        });

    public bool Owns(string actionId) => actionId.StartsWith("ask:", StringComparison.Ordinal);

    public Task<Reply> PressAsync(string actionId, CommandContext context, CancellationToken cancellationToken)
    {
        Pressed.Add(actionId);
        return Task.FromResult(Reply.Message($"Page for {actionId}"));
    }

    public IReadOnlyList<CommandChoice> Suggest(string optionName, string typed, CommandContext context) =>
        [.. Enumerable.Range(1, 40).Select(i => new CommandChoice($"{typed} {i}", $"{typed} {i}"))];
}
