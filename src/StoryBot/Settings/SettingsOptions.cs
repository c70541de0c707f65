using System.ComponentModel.DataAnnotations;

namespace StoryBot.Settings;

/// <summary>Bound from the "Settings" configuration section (environment: Settings__Database, …).</summary>
public sealed class SettingsOptions
{
    public const string SectionName = "Settings";

    /// <summary>SQLite file; a relative path is resolved against the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Database { get; set; } = "data/storybot.db";

    /// <summary>
    /// How long a query waits for another connection's lock before the store reports itself unavailable. Short, so a
    /// locked file cannot hold an answer past Discord's three-second window for long.
    /// </summary>
    [Range(1, 60)]
    public int BusyTimeoutSeconds { get; set; } = 2;

    /// <summary>After the database was locked or unreadable, how long to wait before trying it again.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 30;
}
