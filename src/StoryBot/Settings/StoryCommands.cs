namespace StoryBot.Settings;

/// <summary>The names settings refer to: which commands can be turned off, which are rate-limited, and so on.</summary>
public static class StoryCommands
{
    public const string Ask = "ask";
    public const string Search = "search";
    public const string Signatories = "signatories";
    public const string Quotes = "quotes";
    public const string Story = "story";
    public const string Help = "help";
    public const string Config = "config";
    /// <summary>The name the gate uses for an answer to a message that mentions the bot.</summary>
    public const string Mention = "mention";

    /// <summary>Commands a moderator can disable.</summary>
    public static IReadOnlyList<string> Configurable { get; } = [Ask, Search, Signatories, Quotes, Story, Help];

    /// <summary>Answers that count towards the per-member cooldown.</summary>
    public static IReadOnlySet<string> CoolingDown { get; } = new HashSet<string> { Ask, Search, Mention };

    /// <summary>Never held to the answer channels: members must always be able to get help and fix settings.</summary>
    public static IReadOnlySet<string> AnswerAnywhere { get; } = new HashSet<string> { Help, Config };
}
