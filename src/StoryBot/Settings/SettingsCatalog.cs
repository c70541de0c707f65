using System.Globalization;

namespace StoryBot.Settings;

/// <summary>
/// Every setting, once: validation, the /config choices, /config show and the README table all read this list.
/// </summary>
public static class SettingsCatalog
{
    public static SettingDefinition AnswerChannels { get; } = new()
    {
        Key = "answer-channels",
        Title = "Answer channels",
        Description = "Channels where the bot answers; elsewhere members get a pointer to them. Empty: every channel.",
        Kind = SettingKind.ChannelList,
        DefaultValue = "",
        Read = s => SettingDefinition.JoinList(s.AnswerChannelIds),
        Apply = (s, v) => s with { AnswerChannelIds = SettingDefinition.SplitList(v).ToHashSet(StringComparer.Ordinal) },
    };

    public static SettingDefinition Visibility { get; } = new()
    {
        Key = "visibility",
        Title = "Answer visibility",
        Description = "public: everyone in the channel sees answers; ephemeral: only the member who asked.",
        Kind = SettingKind.Choice,
        DefaultValue = "public",
        Choices = ["public", "ephemeral"],
        Read = s => s.Visibility == AnswerVisibility.Ephemeral ? "ephemeral" : "public",
        Apply = (s, v) => s with { Visibility = v == "ephemeral" ? AnswerVisibility.Ephemeral : AnswerVisibility.Public },
    };

    public static SettingDefinition Passages { get; } = new()
    {
        Key = "passages",
        Title = "Passages per answer",
        Description = "How many passages an answer shows: /ask's supporting passages, /search and each More passages page.",
        Kind = SettingKind.Integer,
        DefaultValue = "3",
        Min = 1,
        Max = 5,
        Read = s => s.PassagesPerAnswer.ToString(CultureInfo.InvariantCulture),
        Apply = (s, v) => s with { PassagesPerAnswer = int.Parse(v, CultureInfo.InvariantCulture) },
    };

    public static SettingDefinition Cooldown { get; } = new()
    {
        Key = "cooldown",
        Title = "Cooldown",
        Description = "Seconds each member waits between /ask, /search and mention answers. 0: no wait.",
        Kind = SettingKind.Integer,
        DefaultValue = "0",
        Min = 0,
        Max = 3600,
        Read = s => s.CooldownSeconds.ToString(CultureInfo.InvariantCulture),
        Apply = (s, v) => s with { CooldownSeconds = int.Parse(v, CultureInfo.InvariantCulture) },
    };

    public static SettingDefinition Mentions { get; } = new()
    {
        Key = "mentions",
        Title = "Answer mentions",
        Description = "Whether the bot answers messages that mention it.",
        Kind = SettingKind.Boolean,
        DefaultValue = "true",
        Read = s => s.AnswerMentions ? "true" : "false",
        Apply = (s, v) => s with { AnswerMentions = v == "true" },
    };

    public static SettingDefinition DisabledCommands { get; } = new()
    {
        Key = "disabled-commands",
        Title = "Disabled commands",
        Description = "Story commands turned off in this server.",
        Kind = SettingKind.CommandList,
        DefaultValue = "",
        Choices = StoryCommands.Configurable,
        Read = s => SettingDefinition.JoinList(s.DisabledCommands),
        Apply = (s, v) => s with { DisabledCommands = SettingDefinition.SplitList(v).ToHashSet(StringComparer.Ordinal) },
    };

    public static SettingDefinition ModeratorRole { get; } = new()
    {
        Key = "moderator-role",
        Title = "Moderator role",
        Description = "Members with this role may use /config, besides those with Manage Server.",
        Kind = SettingKind.Role,
        DefaultValue = "",
        Read = s => s.ModeratorRoleId ?? "",
        Apply = (s, v) => s with { ModeratorRoleId = v.Length == 0 ? null : v },
    };

    public static IReadOnlyList<SettingDefinition> All { get; } =
        [AnswerChannels, Visibility, Passages, Cooldown, Mentions, DisabledCommands, ModeratorRole];

    public static SettingDefinition? Find(string key) =>
        All.FirstOrDefault(d => string.Equals(d.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Builds a server's settings from stored values. Unknown keys and values that no longer validate (say, after a
    /// range changed) fall back to the default rather than breaking the server.
    /// </summary>
    public static GuildSettings ToSettings(IEnumerable<KeyValuePair<string, string>> stored)
    {
        var settings = GuildSettings.Default;
        foreach (var (key, value) in stored)
        {
            if (Find(key) is { } definition && IsValidStoredValue(definition, value))
            {
                settings = definition.Apply(settings, value);
            }
        }
        return settings;
    }

    public static bool IsValidStoredValue(SettingDefinition definition, string value) => definition.IsList
        ? SettingDefinition.SplitList(value).All(item => definition.ValidateItem(item) is null)
        : (definition.Kind == SettingKind.Role && value.Length == 0) || definition.ValidateValue(value) is null;
}
