namespace StoryBot.Commands;

/// <summary>
/// Channels and roles typed as text. The console plays its own server and has nothing to look names up in, so a name
/// typed for a channel or role option ("#newsroom", "&lt;#123&gt;", "@editors", "&lt;@&amp;456&gt;" or a bare name) is
/// taken as one of the context's server's. Never used for Discord, where only <c>data.resolved</c> vouches for an id.
/// </summary>
public static class TypedEntities
{
    public static CommandContext ResolveAsLocal(CommandContext context, CommandDefinition definition)
    {
        var values = new Dictionary<string, string>(context.Options, StringComparer.OrdinalIgnoreCase);
        var resolved = new Dictionary<string, ResolvedEntity>(context.Resolved);
        foreach (var option in OptionsOf(definition, context.SubcommandGroup, context.Subcommand))
        {
            if (option.Type is not (CommandOptionType.Channel or CommandOptionType.Role) || !values.TryGetValue(option.Name, out var typed))
                continue;
            var id = typed.Trim().TrimStart('<').TrimEnd('>').TrimStart('#', '@', '&');
            if (id.Length == 0)
                continue;
            values[option.Name] = id;
            var kind = option.Type == CommandOptionType.Channel ? ResolvedKind.Channel : ResolvedKind.Role;
            resolved[id] = new ResolvedEntity(id, kind, context.GuildId, id);
        }
        return context with { Options = values, Resolved = resolved };
    }

    private static IReadOnlyList<CommandOptionDefinition> OptionsOf(CommandDefinition definition, string? group, string? subcommand)
    {
        var level = definition.Options;
        if (group is not null)
            level = level.FirstOrDefault(o => o.Type == CommandOptionType.SubcommandGroup && o.Name == group)?.Options ?? [];
        if (subcommand is not null)
            level = level.FirstOrDefault(o => o.Type == CommandOptionType.Subcommand && o.Name == subcommand)?.Options ?? [];
        return level;
    }
}
