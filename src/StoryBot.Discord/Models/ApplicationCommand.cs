namespace StoryBot.Discord.Models;

public static class ApplicationCommandType
{
    public const int ChatInput = 1;
    public const int User = 2;
    public const int Message = 3;
}

public static class ApplicationCommandOptionType
{
    public const int SubCommand = 1;
    public const int SubCommandGroup = 2;
    public const int String = 3;
    public const int Integer = 4;
    public const int Boolean = 5;
    public const int User = 6;
    public const int Channel = 7;
    public const int Role = 8;
    public const int Mentionable = 9;
    public const int Number = 10;
    public const int Attachment = 11;
}

public static class InteractionContextType
{
    public const int Guild = 0;
    public const int BotDm = 1;
    public const int PrivateChannel = 2;
}

public static class ApplicationIntegrationType
{
    public const int GuildInstall = 0;
    public const int UserInstall = 1;
}

/// <summary>A command as sent to the bulk-overwrite routes, and as returned by them (then with ids).</summary>
public sealed record ApplicationCommand
{
    public string? Id { get; init; }
    public string? ApplicationId { get; init; }
    public string? GuildId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public int? Type { get; init; } = ApplicationCommandType.ChatInput;
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    /// <summary>Permission bitfield as a decimal string (the docs' type); null lets everyone use the command.</summary>
    public string? DefaultMemberPermissions { get; init; }
    /// <summary>Interaction contexts (global commands only): 0 guild, 1 bot DM, 2 private channel.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
    /// <summary>0 guild install, 1 user install (global commands only).</summary>
    public IReadOnlyList<int>? IntegrationTypes { get; init; }
    public bool? Nsfw { get; init; }
    public string? Version { get; init; }
}

public sealed record ApplicationCommandOption
{
    public required int Type { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public bool? Required { get; init; }
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    public bool? Autocomplete { get; init; }
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    /// <summary>Channel types a CHANNEL option offers (0 text, 5 announcement, …); null offers every type.</summary>
    public IReadOnlyList<int>? ChannelTypes { get; init; }
}
