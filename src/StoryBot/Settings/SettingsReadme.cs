namespace StoryBot.Settings;

/// <summary>The settings table in the README, written from the catalog so the two can't drift apart (a test compares them).</summary>
public static class SettingsReadme
{
    public static string Table()
    {
        var lines = new List<string>
        {
            "| Setting | Values | Default | Change with | Meaning |",
            "|---|---|---|---|---|",
        };
        lines.AddRange(SettingsCatalog.All.Select(s =>
            $"| `{s.Key}` | {s.RangeText} | {Plain(s.Display(s.DefaultValue))} | {ChangeWith(s)} | {s.Description} |"));
        return string.Join('\n', lines);
    }

    private static string ChangeWith(SettingDefinition setting) => setting.Key switch
    {
        "answer-channels" => "`/config set add-channel` / `remove-channel`",
        "visibility" => "`/config set visibility`",
        "passages" => "`/config set passages`",
        "cooldown" => "`/config set cooldown`",
        "mentions" => "`/config set mentions`",
        "disabled-commands" => "`/config set disable-command` / `enable-command`",
        "moderator-role" => "`/config set moderator-role`",
        _ => "",
    };

    private static string Plain(string display) => display.Replace("<#", "#", StringComparison.Ordinal);
}
