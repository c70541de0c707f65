namespace StoryBot.Commands;

/// <summary>"/signatories [name]": how a command is typed, from its definition.</summary>
public static class CommandUsage
{
    public static string Of(CommandDefinition definition)
    {
        var options = definition.Options;
        if (TextCommandParser.IsSubcommandLevel(options))
            return $"/{definition.Name} {string.Join("|", options.Select(o => o.Name))} …";
        return string.Join(" ", options.Select(o => o.Required ? o.Name : $"[{o.Name}]").Prepend("/" + definition.Name));
    }
}
