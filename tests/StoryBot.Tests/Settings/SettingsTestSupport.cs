using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Settings;

namespace StoryBot.Tests.Settings;

/// <summary>A folder under the system temp directory, removed with everything in it afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("storybot-settings-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere on some platforms; the OS cleans temp folders.
        }
    }
}

/// <summary>A clock that only moves when a test moves it.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public ManualClock() : this(new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero)) { }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

public sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    public IEnumerable<string> AtLeast(LogLevel level) => Entries.Where(e => e.Level >= level).Select(e => e.Message);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception)));
}

public static class Stores
{
    public static SqliteSettingsStore Open(string databasePath, TimeProvider? time = null, RecordingLogger<SqliteSettingsStore>? logger = null) =>
        new(
            Options.Create(new SettingsOptions { Database = databasePath, BusyTimeoutSeconds = 1, RetryAfterSeconds = 30 }),
            time ?? new ManualClock(),
            logger ?? new RecordingLogger<SqliteSettingsStore>());

    public static SettingsActor Alice { get; } = new("1001", "alice");
    public static SettingsActor Bob { get; } = new("1002", "bob");
}

public static class Contexts
{
    public const string Guild = "500";
    public const string OtherGuild = "900";
    public const string General = "510";
    public const string Newsroom = "511";
    public const string ModeratorsRole = "520";

    /// <summary>A member of <see cref="Guild"/> in #general, with no special permissions unless given.</summary>
    public static CommandContext Member(ulong permissions = 0, params string[] roles) => new()
    {
        UserId = "1001",
        UserName = "alice",
        GuildId = Guild,
        ChannelId = General,
        MemberPermissions = permissions,
        MemberRoleIds = roles,
        Resolved = new Dictionary<string, ResolvedEntity>
        {
            [General] = new(General, ResolvedKind.Channel, Guild, "general"),
            [Newsroom] = new(Newsroom, ResolvedKind.Channel, Guild, "newsroom"),
            [ModeratorsRole] = new(ModeratorsRole, ResolvedKind.Role, Guild, "moderators"),
            [Guild] = new(Guild, ResolvedKind.Role, Guild, "@everyone"),
        },
    };

    public static CommandContext Moderator() => Member(MemberPermissions.ManageGuild);

    public static CommandContext Config(this CommandContext context, string? group, string subcommand, params (string Name, string Value)[] options) =>
        context with
        {
            SubcommandGroup = group,
            Subcommand = subcommand,
            Options = options.ToDictionary(o => o.Name, o => o.Value),
        };
}
