namespace StoryBot.Settings;

public enum AnswerVisibility { Public, Ephemeral }

/// <summary>How StoryBot behaves in one server. <see cref="Default"/> applies until a moderator changes something.</summary>
public sealed record GuildSettings
{
    public static GuildSettings Default { get; } = new();

    /// <summary>Channels where the bot answers; empty means every channel.</summary>
    public IReadOnlySet<string> AnswerChannelIds { get; init; } = new HashSet<string>();
    public AnswerVisibility Visibility { get; init; } = AnswerVisibility.Public;
    public int PassagesPerAnswer { get; init; } = 3;
    /// <summary>Seconds a member waits between /ask, /search and mention answers; 0 means no wait.</summary>
    public int CooldownSeconds { get; init; }
    public bool AnswerMentions { get; init; } = true;
    /// <summary>Story commands turned off in this server (names from <see cref="StoryCommands.Configurable"/>).</summary>
    public IReadOnlySet<string> DisabledCommands { get; init; } = new HashSet<string>();
    /// <summary>Members holding this role may use /config besides those with Manage Server.</summary>
    public string? ModeratorRoleId { get; init; }
}
