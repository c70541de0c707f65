using System.ComponentModel.DataAnnotations;

namespace StoryBot.Settings;

/// <summary>Bound from the "Settings" configuration section (environment: Settings__Database, …).</summary>
public sealed class SettingsOptions
{
    public const string SectionName = "Settings";

    /// <summary>SQLite file; a relative path is resolved against the content root (the working directory).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Database { get; set; } = "data/storybot.db";

    /// <summary>How long a query waits for another connection's lock before the store reports itself unavailable.</summary>
    [Range(1, 60)]
    public int BusyTimeoutSeconds { get; set; } = 3;

    /// <summary>After the database was locked or unreadable, how long to wait before trying it again.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 30;
}
