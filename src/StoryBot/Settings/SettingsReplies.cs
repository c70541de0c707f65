using System.Globalization;
using StoryBot.Commands;

namespace StoryBot.Settings;

/// <summary>What /config says back. Everything here is ephemeral: settings talk is between the bot and one moderator.</summary>
public static class SettingsReplies
{
    public const string Unavailable =
        "Settings are unavailable right now (the settings database can't be read), so StoryBot is answering with "
        + "default settings. Nothing was changed; the problem is in the bot's log.";

    public static Reply Show(GuildSettings settings) => new()
    {
        Ephemeral = true,
        Cards =
        [
            new ReplyCard
            {
                Title = "StoryBot settings for this server",
                Fields = SettingsCatalog.All
                    .Select(s => new ReplyField(s.Title, s.Display(s.Read(settings)), Inline: true))
                    .ToList(),
                Footer = "Change with /config set …, undo with /config reset, see changes with /config log.",
            },
        ],
    };

    public static Reply Log(IReadOnlyList<AuditEntry> entries) => new()
    {
        Ephemeral = true,
        Cards =
        [
            new ReplyCard
            {
                Title = entries.Count == 0 ? "No settings changes yet" : $"Last {entries.Count} settings changes",
                Description = entries.Count == 0
                    ? "Everything is at its default. Change something with /config set."
                    : string.Join('\n', entries.Select(Line)),
            },
        ],
    };

    public static string Describe(SettingDefinition setting, SettingChangeResult result) => result.Status switch
    {
        SettingChangeStatus.Changed =>
            $"{setting.Title}: {setting.Display(result.OldValue!)} → {setting.Display(result.NewValue!)}.",
        SettingChangeStatus.Unchanged => $"Nothing to change: {setting.Title} is already {setting.Display(result.NewValue!)}.",
        SettingChangeStatus.Rejected => $"{result.Error} Nothing was changed.",
        _ => Unavailable,
    };

    private static string Line(AuditEntry entry)
    {
        var setting = SettingsCatalog.Find(entry.Setting);
        string Show(string value) => setting?.Display(value) ?? value;
        var when = entry.ChangedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var who = entry.UserName ?? entry.UserId;
        return $"{when} · {who} · {setting?.Title ?? entry.Setting}: {Show(entry.OldValue)} → {Show(entry.NewValue)}";
    }
}
