namespace StoryBot.Commands;

public enum CommandOptionType { String, Integer, Boolean, User, Channel, Role, Subcommand, SubcommandGroup }

/// <summary>A command's name, description and typed options; Discord registration and console help both read it.</summary>
public sealed record CommandDefinition(string Name, string Description, IReadOnlyList<CommandOptionDefinition> Options)
{
    /// <summary>Discord permission bits a member needs to see the command (null: everyone).</summary>
    public ulong? DefaultMemberPermissions { get; init; }
    /// <summary>False for commands that make sense only inside a server.</summary>
    public bool AllowedInDirectMessages { get; init; } = true;
}

public sealed record CommandOptionDefinition(
    string Name,
    string Description,
    CommandOptionType Type,
    bool Required = false,
    bool Autocomplete = false)
{
    public IReadOnlyList<CommandChoice> Choices { get; init; } = [];
    public long? MinValue { get; init; }
    public long? MaxValue { get; init; }
    public int? MaxLength { get; init; }
    /// <summary>Discord channel types a channel picker offers (0 text, 5 announcement, …); empty offers every type.</summary>
    public IReadOnlyList<int> ChannelTypes { get; init; } = [];
    /// <summary>Options of a subcommand, or the subcommands of a subcommand group.</summary>
    public IReadOnlyList<CommandOptionDefinition> Options { get; init; } = [];
}

public sealed record CommandChoice(string Name, string Value);
