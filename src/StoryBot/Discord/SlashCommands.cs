using System.Globalization;
using StoryBot.Commands;
using StoryBot.Discord.Models;

namespace StoryBot.Discord;

/// <summary>Turns the command definitions the console also uses into Discord's application command payloads.</summary>
public static class SlashCommands
{
    private const int MaxDescription = 100;

    /// <param name="global">
    /// True for global registration, which states where a command may be used (<c>contexts</c>); guild commands are
    /// never offered in DMs, and Discord refuses contexts on them.
    /// </param>
    public static IReadOnlyList<ApplicationCommand> From(IEnumerable<CommandDefinition> definitions, bool global) =>
        [.. definitions.Select(d => From(d, global))];

    public static ApplicationCommand From(CommandDefinition definition, bool global) => new()
    {
        Name = definition.Name,
        Description = Description(definition.Description),
        Type = ApplicationCommandType.ChatInput,
        Options = definition.Options.Count == 0 ? null : [.. Ordered(definition.Options).Select(Option)],
        DefaultMemberPermissions = definition.DefaultMemberPermissions?.ToString(CultureInfo.InvariantCulture),
        Contexts = !global ? null
            : definition.AllowedInDirectMessages ? [InteractionContextType.Guild, InteractionContextType.BotDm]
            : [InteractionContextType.Guild],
        IntegrationTypes = global ? [ApplicationIntegrationType.GuildInstall] : null,
    };

    public static int TypeOf(CommandOptionType type) => type switch
    {
        CommandOptionType.String => ApplicationCommandOptionType.String,
        CommandOptionType.Integer => ApplicationCommandOptionType.Integer,
        CommandOptionType.Boolean => ApplicationCommandOptionType.Boolean,
        CommandOptionType.User => ApplicationCommandOptionType.User,
        CommandOptionType.Channel => ApplicationCommandOptionType.Channel,
        CommandOptionType.Role => ApplicationCommandOptionType.Role,
        CommandOptionType.Subcommand => ApplicationCommandOptionType.SubCommand,
        CommandOptionType.SubcommandGroup => ApplicationCommandOptionType.SubCommandGroup,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No Discord option type for this option."),
    };

    private static ApplicationCommandOption Option(CommandOptionDefinition option)
    {
        var type = TypeOf(option.Type);
        var nests = option.Type is CommandOptionType.Subcommand or CommandOptionType.SubcommandGroup;
        var choices = option.Choices.Count == 0 || nests ? null : Choices(option.Choices, type);
        return new ApplicationCommandOption
        {
            Type = type,
            Name = option.Name,
            Description = Description(option.Description),
            Required = nests || !option.Required ? null : true,
            Options = nests && option.Options.Count > 0 ? [.. Ordered(option.Options).Select(Option)] : null,
            Choices = choices,
            // Discord refuses autocomplete together with fixed choices; the choices win.
            Autocomplete = option.Autocomplete && choices is null && type is ApplicationCommandOptionType.String or ApplicationCommandOptionType.Integer ? true : null,
            MinValue = type == ApplicationCommandOptionType.Integer ? option.MinValue : null,
            MaxValue = type == ApplicationCommandOptionType.Integer ? option.MaxValue : null,
            MaxLength = type == ApplicationCommandOptionType.String ? option.MaxLength : null,
            ChannelTypes = type == ApplicationCommandOptionType.Channel && option.ChannelTypes.Count > 0 ? option.ChannelTypes : null,
        };
    }

    /// <summary>Discord requires required options before optional ones; the definitions' order is kept otherwise.</summary>
    private static IEnumerable<CommandOptionDefinition> Ordered(IReadOnlyList<CommandOptionDefinition> options) =>
        options.OrderBy(o => o.Required && o.Type is not (CommandOptionType.Subcommand or CommandOptionType.SubcommandGroup) ? 0 : 1);

    private static IReadOnlyList<ApplicationCommandOptionChoice> Choices(IReadOnlyList<CommandChoice> choices, int type) =>
        [.. choices.Take(MessageLimits.AutocompleteChoices).Select(c => type == ApplicationCommandOptionType.Integer
            ? ApplicationCommandOptionChoice.Of(DiscordText.Truncate(c.Name, MessageLimits.ChoiceName), long.Parse(c.Value, CultureInfo.InvariantCulture))
            : ApplicationCommandOptionChoice.Of(DiscordText.Truncate(c.Name, MessageLimits.ChoiceName), c.Value))];

    private static string Description(string text) => DiscordText.Truncate(DiscordText.Clean(text) ?? "—", MaxDescription);
}
