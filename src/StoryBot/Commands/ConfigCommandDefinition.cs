using StoryBot.Settings;

namespace StoryBot.Commands;

/// <summary>
/// The shape of /config: <c>show</c>, <c>log</c>, <c>reset setting</c> and a <c>set</c> group with one subcommand per
/// kind of change, so Discord offers a channel picker, a role picker, fixed choices or a bounded number as fits.
/// </summary>
public static class ConfigCommandDefinition
{
    public const string Name = StoryCommands.Config;
    public const string Show = "show", Log = "log", Reset = "reset", Set = "set";
    public const string AddChannel = "add-channel", RemoveChannel = "remove-channel", Visibility = "visibility",
        Passages = "passages", Cooldown = "cooldown", Mentions = "mentions", DisableCommand = "disable-command",
        EnableCommand = "enable-command", ModeratorRole = "moderator-role";

    public const string SettingOption = "setting", ChannelOption = "channel", ModeOption = "mode", CountOption = "count",
        SecondsOption = "seconds", AnswerOption = "answer", CommandOption = "command", RoleOption = "role";

    public const int LogLength = 20;

    /// <summary>Channels people type questions in: text (0) and announcement (5); not categories or voice.</summary>
    public static IReadOnlyList<int> TextChannelTypes { get; } = [0, 5];

    public static CommandDefinition Build() => new(Name, "Moderators: choose where and how StoryBot answers in this server",
    [
        new(Show, "Show this server's StoryBot settings", CommandOptionType.Subcommand),
        new(Log, $"Show the last {LogLength} settings changes", CommandOptionType.Subcommand),
        new(Reset, "Put one setting back to its default", CommandOptionType.Subcommand)
        {
            Options = [new(SettingOption, "The setting to reset", CommandOptionType.String, Required: true) { Choices = SettingChoices() }],
        },
        new(Set, "Change a setting", CommandOptionType.SubcommandGroup)
        {
            Options =
            [
                Sub(AddChannel, "Answer in this channel (once any are added, only in those)",
                    new(ChannelOption, "Channel to answer in", CommandOptionType.Channel, Required: true) { ChannelTypes = TextChannelTypes }),
                Sub(RemoveChannel, "Stop answering in this channel",
                    new(ChannelOption, "Channel to remove", CommandOptionType.Channel, Required: true) { ChannelTypes = TextChannelTypes }),
                Sub(Visibility, SettingsCatalog.Visibility.Description,
                    new(ModeOption, "Who sees answers", CommandOptionType.String, Required: true)
                    {
                        Choices = [new("public: everyone in the channel", "public"), new("ephemeral: only the asker", "ephemeral")],
                    }),
                Sub(Passages, SettingsCatalog.Passages.Description,
                    Bounded(CountOption, "Passages per answer", SettingsCatalog.Passages)),
                Sub(Cooldown, SettingsCatalog.Cooldown.Description,
                    Bounded(SecondsOption, "Seconds between answers per member (0: none)", SettingsCatalog.Cooldown)),
                Sub(Mentions, SettingsCatalog.Mentions.Description,
                    new(AnswerOption, "Answer messages that mention the bot", CommandOptionType.Boolean, Required: true)),
                Sub(DisableCommand, "Turn a story command off in this server",
                    new(CommandOption, "Command to turn off", CommandOptionType.String, Required: true) { Choices = CommandChoices() }),
                Sub(EnableCommand, "Turn a story command back on",
                    new(CommandOption, "Command to turn on", CommandOptionType.String, Required: true) { Choices = CommandChoices() }),
                Sub(ModeratorRole, SettingsCatalog.ModeratorRole.Description,
                    new(RoleOption, "Role that may use /config", CommandOptionType.Role, Required: true)),
            ],
        },
    ])
    {
        DefaultMemberPermissions = MemberPermissions.ManageGuild,
        AllowedInDirectMessages = false,
    };

    private static CommandOptionDefinition Sub(string name, string description, CommandOptionDefinition option) =>
        new(name, description, CommandOptionType.Subcommand) { Options = [option] };

    private static CommandOptionDefinition Bounded(string name, string description, SettingDefinition setting) =>
        new(name, description, CommandOptionType.Integer, Required: true) { MinValue = setting.Min, MaxValue = setting.Max };

    private static IReadOnlyList<CommandChoice> SettingChoices() =>
        SettingsCatalog.All.Select(s => new CommandChoice(s.Title, s.Key)).ToList();

    private static IReadOnlyList<CommandChoice> CommandChoices() =>
        StoryCommands.Configurable.Select(c => new CommandChoice($"/{c}", c)).ToList();
}
