using StoryBot.Settings;
using static StoryBot.Commands.ConfigCommandDefinition;

namespace StoryBot.Commands;

/// <summary>
/// /config: moderators view and change this server's settings. Discord hides it from members without Manage Server,
/// but every use is checked again here, and every option value is validated, because an interaction can be forged.
/// All replies are ephemeral.
/// </summary>
public sealed class ConfigCommand(ISettingsStore store) : ICommand
{
    public CommandDefinition Definition { get; } = Build();

    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.GuildId is not { } guildId)
        {
            return Private("/config works only inside a server: settings belong to a server.");
        }
        if (!await store.CheckAvailableAsync(cancellationToken).ConfigureAwait(false))
        {
            return Private(SettingsReplies.Unavailable);
        }
        var settings = await store.GetAsync(guildId, cancellationToken).ConfigureAwait(false);
        if (!MemberPermissions.IsSettingsModerator(context, settings))
        {
            return Private("Only members with the Manage Server permission"
                + (settings.ModeratorRoleId is { } role ? $" or the <@&{role}> role" : "")
                + " can use /config.");
        }
        switch (context.SubcommandGroup, context.Subcommand)
        {
            case (null, Show):
                return SettingsReplies.Show(settings);
            case (null, Log):
                return await store.GetAuditLogAsync(guildId, LogLength, cancellationToken).ConfigureAwait(false) is { } entries
                    ? SettingsReplies.Log(entries)
                    : Private(SettingsReplies.Unavailable);
            case (null, Reset):
                var name = context.Option(SettingOption) ?? "";
                return SettingsCatalog.Find(name) is { } setting
                    ? await ChangeAsync(guildId, new SettingEdit.Reset(setting), context, cancellationToken).ConfigureAwait(false)
                    : Private($"There is no setting called '{name}'. Settings: {string.Join(", ", SettingsCatalog.All.Select(s => s.Key))}. Nothing was changed.");
            case (Set, var subcommand):
                var parsed = ParseSet(subcommand, context);
                return parsed.Edit is { } edit
                    ? await ChangeAsync(guildId, edit, context, cancellationToken).ConfigureAwait(false)
                    : Private($"{parsed.Error} Nothing was changed.");
            default:
                return Private("Unknown /config subcommand. Use /config show, set, reset or log.");
        }
    }

    private async Task<Reply> ChangeAsync(string guildId, SettingEdit edit, CommandContext context, CancellationToken cancellationToken)
    {
        var actor = new SettingsActor(context.UserId, context.UserName);
        var result = await store.ChangeAsync(guildId, edit, actor, cancellationToken).ConfigureAwait(false);
        return Private(SettingsReplies.Describe(edit.Setting, result));
    }

    private static ParsedEdit ParseSet(string? subcommand, CommandContext context)
    {
        return subcommand switch
        {
            AddChannel => Channel(context) is { } channel
                ? Ok(new SettingEdit.AddItem(SettingsCatalog.AnswerChannels, channel))
                : Fail(UnknownChannel),
            RemoveChannel => Channel(context) is { } channel
                ? Ok(new SettingEdit.RemoveItem(SettingsCatalog.AnswerChannels, channel))
                : Fail(UnknownChannel),
            Visibility => Assign(SettingsCatalog.Visibility, context.Option(ModeOption)?.Trim().ToLowerInvariant()),
            Passages => Assign(SettingsCatalog.Passages, context.Option(CountOption)?.Trim()),
            Cooldown => Assign(SettingsCatalog.Cooldown, context.Option(SecondsOption)?.Trim()),
            Mentions => Assign(SettingsCatalog.Mentions, Flag(context.Option(AnswerOption))),
            DisableCommand => CommandName(context) is { } command
                ? Ok(new SettingEdit.AddItem(SettingsCatalog.DisabledCommands, command))
                : Fail(MissingValue(CommandOption)),
            EnableCommand => CommandName(context) is { } command
                ? Ok(new SettingEdit.RemoveItem(SettingsCatalog.DisabledCommands, command))
                : Fail(MissingValue(CommandOption)),
            ModeratorRole => ModeratorRoleEdit(context),
            null => Fail($"Say what to set: /config set {string.Join("|", SetSubcommands)} …"),
            _ => Fail($"Unknown setting '{subcommand}'. Use one of: {string.Join(", ", SetSubcommands)}."),
        };

        static ParsedEdit Assign(SettingDefinition setting, string? value) => value is null
            ? Fail($"Give a value for {setting.Title}.")
            : setting.ValidateValue(value) is { } error ? Fail(error) : Ok(new SettingEdit.Assign(setting, value));
    }

    private static ParsedEdit ModeratorRoleEdit(CommandContext context)
    {
        var id = context.Option(RoleOption);
        if (id is null || !context.Resolved.TryGetValue(id, out var role) || role.Kind != ResolvedKind.Role || role.GuildId != context.GuildId)
        {
            return Fail("That role isn't one of this server's roles (it may have been deleted).");
        }
        if (role.Id == context.GuildId)
        {
            return Fail("@everyone can't be the moderator role: every member could change the settings.");
        }
        return Ok(new SettingEdit.Assign(SettingsCatalog.ModeratorRole, role.Id));
    }

    /// <summary>The picked channel, only if the transport resolved it as a channel of this very server.</summary>
    private static string? Channel(CommandContext context) =>
        context.Option(ChannelOption) is { } id
        && context.Resolved.TryGetValue(id, out var channel)
        && channel.Kind == ResolvedKind.Channel
        && channel.GuildId == context.GuildId
            ? channel.Id
            : null;

    private static string? CommandName(CommandContext context) =>
        context.Option(CommandOption)?.Trim().TrimStart('/').ToLowerInvariant() is { Length: > 0 } name ? name : null;

    /// <summary>Discord sends booleans as true/false; the console also accepts on/off and yes/no.</summary>
    private static string? Flag(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "true" or "on" or "yes" => "true",
        "false" or "off" or "no" => "false",
        var other => other,
    };

    private const string UnknownChannel = "That channel isn't one of this server's channels.";

    private static string MissingValue(string option) => $"Give a value for '{option}'.";

    private static readonly string[] SetSubcommands =
        [AddChannel, RemoveChannel, Visibility, Passages, Cooldown, Mentions, DisableCommand, EnableCommand, ModeratorRole];

    private static ParsedEdit Ok(SettingEdit edit) => new(edit, null);

    private static ParsedEdit Fail(string error) => new(null, error);

    private static Reply Private(string text) => Reply.Message(text, ephemeral: true);

    private sealed record ParsedEdit(SettingEdit? Edit, string? Error);
}
