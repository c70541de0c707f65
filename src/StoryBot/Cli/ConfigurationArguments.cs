namespace StoryBot.Cli;

/// <summary>
/// Separates configuration overrides ("--Section:Key=value" or "--Section:Key value") from the verbs and options, so
/// that any verb accepts them (even after a free-text question) and everything else is parsed strictly.
/// </summary>
internal static class ConfigurationArguments
{
    public static (string[] CommandLine, string[] Configuration) Split(IReadOnlyList<string> args)
    {
        var commandLine = new List<string>();
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                commandLine.AddRange(args.Skip(i));
                break;
            }
            if (!IsConfigurationKey(arg))
            {
                commandLine.Add(arg);
                continue;
            }
            configuration.Add(arg);
            if (!arg.Contains('=') && i + 1 < args.Count && !args[i + 1].StartsWith('-'))
                configuration.Add(args[++i]);
        }
        return ([.. commandLine], [.. configuration]);
    }

    /// <summary>"--Discord:Token=…", "--Knowledge:DataDirectory": a key with a section, never one of our own options.</summary>
    private static bool IsConfigurationKey(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
            return false;
        var key = arg.AsSpan(2);
        var equals = key.IndexOf('=');
        if (equals >= 0)
            key = key[..equals];
        var colon = key.IndexOf(':');
        return colon > 0 && colon < key.Length - 1 && !key.ContainsAny(' ', '\t');
    }
}
