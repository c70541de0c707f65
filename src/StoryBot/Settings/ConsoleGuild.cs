using StoryBot.Commands;

namespace StoryBot.Settings;

/// <summary>
/// The console chat plays one member of a local server who may manage it, so settings and /config can be tried
/// without Discord. The console has no server to look channels and roles up in: any name typed for a channel or role
/// option is taken to be one of this server's.
/// </summary>
public static class ConsoleGuild
{
    public const string GuildId = "console";
    public const string ChannelId = "console";
    public const string UserId = "console-user";
    public const string UserName = "console";

    /// <summary>Who the console user is and where they type; the caller adds the command's options.</summary>
    public static CommandContext Context() => new()
    {
        UserId = UserId,
        UserName = UserName,
        GuildId = GuildId,
        ChannelId = ChannelId,
        MemberPermissions = MemberPermissions.ManageGuild,
    };

    /// <summary>
    /// Fills <see cref="CommandContext.Resolved"/> for the channel and role options of the chosen (group and)
    /// subcommand, accepting "#name", "&lt;#id&gt;", "@role", "&lt;@&amp;id&gt;" or a bare name, and rewrites those option
    /// values to the bare id.
    /// </summary>
    public static CommandContext ResolveOptions(CommandContext context, CommandDefinition definition)
    {
        var options = OptionsOf(definition, context.SubcommandGroup, context.Subcommand);
        var values = new Dictionary<string, string>(context.Options);
        var resolved = new Dictionary<string, ResolvedEntity>(context.Resolved);
        foreach (var option in options.Where(o => o.Type is CommandOptionType.Channel or CommandOptionType.Role))
        {
            if (!values.TryGetValue(option.Name, out var typed))
            {
                continue;
            }
            var kind = option.Type == CommandOptionType.Channel ? ResolvedKind.Channel : ResolvedKind.Role;
            var id = typed.Trim().TrimStart('<').TrimEnd('>').TrimStart('#', '@', '&');
            if (id.Length == 0)
            {
                continue;
            }
            values[option.Name] = id;
            resolved[id] = new ResolvedEntity(id, kind, GuildId, id);
        }
        return context with { Options = values, Resolved = resolved };
    }

    private static IReadOnlyList<CommandOptionDefinition> OptionsOf(CommandDefinition definition, string? group, string? subcommand)
    {
        IReadOnlyList<CommandOptionDefinition> level = definition.Options;
        if (group is not null)
        {
            level = level.FirstOrDefault(o => o.Type == CommandOptionType.SubcommandGroup && o.Name == group)?.Options ?? [];
        }
        if (subcommand is not null)
        {
            level = level.FirstOrDefault(o => o.Type == CommandOptionType.Subcommand && o.Name == subcommand)?.Options ?? [];
        }
        return level;
    }
}
