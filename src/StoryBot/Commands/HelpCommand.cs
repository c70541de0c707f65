namespace StoryBot.Commands;

/// <summary>/help — every command with its usage and description, read from the command definitions.</summary>
public sealed class HelpCommand(Func<IReadOnlyList<CommandDefinition>> definitions) : ICommand
{
    public const string Name = "help";

    public CommandDefinition Definition { get; } = new(Name, "What this bot can do", []);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var lines = definitions().Select(d => $"`{CommandUsage.Of(d)}` — {d.Description}");
        var card = new ReplyCard
        {
            Title = "StoryBot commands",
            Description = string.Join("\n", lines),
            Footer = "You can also mention me followed by a question, or just type the question here.",
        };
        return Task.FromResult(new Reply { Cards = [card], Ephemeral = true });
    }
}
