namespace StoryBot.Commands;

/// <summary>A command both transports share: Discord slash commands and the console chat.</summary>
public interface ICommand
{
    CommandDefinition Definition { get; }

    Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
}

/// <summary>A command with options that suggest values as the user types.</summary>
public interface IAutocompleteCommand : ICommand
{
    IReadOnlyList<CommandChoice> Suggest(string optionName, string typed, CommandContext context);
}

/// <summary>A command whose replies carry buttons; <see cref="ReplyButton.ActionId"/> comes back here.</summary>
public interface IButtonCommand : ICommand
{
    /// <summary>True when <paramref name="actionId"/> belongs to this command.</summary>
    bool Owns(string actionId);

    Task<Reply> PressAsync(string actionId, CommandContext context, CancellationToken cancellationToken);
}
