namespace StoryBot.Commands;

/// <summary>A typed "/name …" line split into a command name, an optional subcommand and option values.</summary>
public sealed record ParsedTextCommand(
    string Name,
    ICommand? Command,
    string? Subcommand,
    IReadOnlyDictionary<string, string> Options)
{
    /// <summary>The group the subcommand belongs to ("set" in "/config set passages 5").</summary>
    public string? SubcommandGroup { get; init; }
}

/// <summary>
/// Reads console-style command lines. "/quotes Emad Mostaque" gives the whole rest of the line to the command's
/// first option; Discord-style "name:value" pairs ("/config set cooldown seconds:30") set options by name; a command
/// whose options are subcommands takes the first word as the subcommand (and the second when the first is a group).
/// </summary>
public static class TextCommandParser
{
    /// <returns>Null when the line is not a command (it does not start with '/').</returns>
    public static ParsedTextCommand? Parse(string line, Func<string, ICommand?> find)
    {
        var text = line.Trim();
        if (text.Length < 2 || text[0] != '/' || char.IsWhiteSpace(text[1]))
            return null;

        var (name, rest) = SplitFirstWord(text[1..]);
        var command = find(name);
        if (command is null)
            return new ParsedTextCommand(name, null, null, new Dictionary<string, string>());

        IReadOnlyList<CommandOptionDefinition> options = command.Definition.Options;
        string? group = null, subcommand = null;
        while (subcommand is null && IsSubcommandLevel(options))
        {
            var (word, after) = SplitFirstWord(rest);
            var chosen = options.FirstOrDefault(o => o.Name.Equals(word, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
                break;
            if (chosen.Type == CommandOptionType.SubcommandGroup)
                group = chosen.Name;
            else
                subcommand = chosen.Name;
            options = chosen.Options;
            rest = after;
        }
        return new ParsedTextCommand(command.Definition.Name, command, subcommand, ReadOptions(rest, options)) { SubcommandGroup = group };
    }

    public static bool IsSubcommandLevel(IReadOnlyList<CommandOptionDefinition> options) =>
        options.Count > 0 && options.All(o => o.Type is CommandOptionType.Subcommand or CommandOptionType.SubcommandGroup);

    private static Dictionary<string, string> ReadOptions(string rest, IReadOnlyList<CommandOptionDefinition> options)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (rest.Length == 0 || options.Count == 0)
            return values;

        var named = FindNamedValues(rest, options);
        if (named.Count > 0)
        {
            for (var i = 0; i < named.Count; i++)
            {
                var start = named[i].ValueStart;
                var end = i + 1 < named.Count ? named[i + 1].NameStart : rest.Length;
                var value = rest[start..end].Trim();
                if (value.Length > 0)
                    values[named[i].Name] = value;
            }
            return values;
        }

        values[options[0].Name] = rest;
        return values;
    }

    private sealed record NamedValue(string Name, int NameStart, int ValueStart);

    /// <summary>"name:" markers at word starts, for option names the command has; only used when the line starts with one.</summary>
    private static List<NamedValue> FindNamedValues(string rest, IReadOnlyList<CommandOptionDefinition> options)
    {
        var found = new List<NamedValue>();
        for (var i = 0; i < rest.Length; i++)
        {
            if (i > 0 && !char.IsWhiteSpace(rest[i - 1]))
                continue;
            foreach (var option in options)
            {
                var marker = option.Name + ":";
                if (string.Compare(rest, i, marker, 0, marker.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    found.Add(new NamedValue(option.Name, i, i + marker.Length));
                    break;
                }
            }
        }
        return found.Count > 0 && found[0].NameStart == 0 ? found : [];
    }

    private static (string Word, string Remainder) SplitFirstWord(string text)
    {
        text = text.Trim();
        var space = text.IndexOfAny([' ', '\t']);
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..].Trim());
    }
}
