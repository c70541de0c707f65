using Microsoft.Data.Sqlite;
using StoryBot.Settings;
using static StoryBot.Tests.Settings.Stores;

namespace StoryBot.Tests.Settings;

public sealed class SqliteSettingsStoreTests : IDisposable
{
    private const string Guild = "500";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_fresh_path_gets_a_new_database_in_wal_mode_with_the_latest_schema()
    {
        var path = Path.Combine(_folder.Path, "data", "nested", "storybot.db");
        using var store = Open(path);

        Assert.Equal(GuildSettings.Default, await store.GetAsync(Guild, default));

        Assert.True(store.IsAvailable);
        Assert.True(File.Exists(path));
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal(1L, Scalar(connection, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal(2L, Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('guild_settings', 'settings_audit')"));
    }

    [Fact]
    public async Task Every_setting_round_trips_and_survives_a_restart()
    {
        var path = _folder.File("storybot.db");
        using (var store = Open(path))
        {
            await Change(store, new SettingEdit.AddItem(SettingsCatalog.AnswerChannels, "511"));
            await Change(store, new SettingEdit.AddItem(SettingsCatalog.AnswerChannels, "510"));
            await Change(store, new SettingEdit.Assign(SettingsCatalog.Visibility, "ephemeral"));
            await Change(store, new SettingEdit.Assign(SettingsCatalog.Passages, "5"));
            await Change(store, new SettingEdit.Assign(SettingsCatalog.Cooldown, "3600"));
            await Change(store, new SettingEdit.Assign(SettingsCatalog.Mentions, "false"));
            await Change(store, new SettingEdit.AddItem(SettingsCatalog.DisabledCommands, "quotes"));
            await Change(store, new SettingEdit.Assign(SettingsCatalog.ModeratorRole, "520"));
        }

        using var reopened = Open(path);
        var settings = await reopened.GetAsync(Guild, default);

        Assert.Equal(["510", "511"], settings.AnswerChannelIds.Order());
        Assert.Equal(AnswerVisibility.Ephemeral, settings.Visibility);
        Assert.Equal(5, settings.PassagesPerAnswer);
        Assert.Equal(3600, settings.CooldownSeconds);
        Assert.False(settings.AnswerMentions);
        Assert.Equal(["quotes"], settings.DisabledCommands);
        Assert.Equal("520", settings.ModeratorRoleId);
        Assert.Equal(GuildSettings.Default, await reopened.GetAsync("another-guild", default));
    }

    [Fact]
    public async Task Each_change_writes_an_audit_row_with_who_when_old_and_new()
    {
        var clock = new ManualClock();
        using var store = Open(_folder.File("storybot.db"), clock);

        await store.ChangeAsync(Guild, new SettingEdit.Assign(SettingsCatalog.Passages, "2"), Alice, default);
        clock.Advance(TimeSpan.FromMinutes(5));
        await store.ChangeAsync(Guild, new SettingEdit.Reset(SettingsCatalog.Passages), Bob, default);
        await store.ChangeAsync("elsewhere", new SettingEdit.Assign(SettingsCatalog.Cooldown, "9"), Bob, default);

        var log = await store.GetAuditLogAsync(Guild, 20, default);

        Assert.NotNull(log);
        Assert.Collection(log,
            newest =>
            {
                Assert.Equal(("1002", "bob", "passages", "2", "3"), (newest.UserId, newest.UserName, newest.Setting, newest.OldValue, newest.NewValue));
                Assert.Equal(clock.GetUtcNow(), newest.ChangedAt);
            },
            oldest =>
            {
                Assert.Equal(("1001", "alice", "passages", "3", "2"), (oldest.UserId, oldest.UserName, oldest.Setting, oldest.OldValue, oldest.NewValue));
                Assert.Equal(clock.GetUtcNow().AddMinutes(-5), oldest.ChangedAt);
            });
    }

    [Fact]
    public async Task The_log_keeps_only_the_most_recent_entries_newest_first()
    {
        using var store = Open(_folder.File("storybot.db"));
        for (var seconds = 1; seconds <= 25; seconds++)
        {
            await Change(store, new SettingEdit.Assign(SettingsCatalog.Cooldown, seconds.ToString()));
        }

        var log = await store.GetAuditLogAsync(Guild, 20, default);

        Assert.Equal(20, log!.Count);
        Assert.Equal("25", log[0].NewValue);
        Assert.Equal("6", log[^1].NewValue);
    }

    [Fact]
    public async Task A_change_is_visible_to_the_next_read_even_though_reads_are_cached()
    {
        var path = _folder.File("storybot.db");
        using var store = Open(path);
        Assert.Equal(3, (await store.GetAsync(Guild, default)).PassagesPerAnswer);

        await Change(store, new SettingEdit.Assign(SettingsCatalog.Passages, "1"));

        Assert.Equal(1, (await store.GetAsync(Guild, default)).PassagesPerAnswer);
    }

    [Fact]
    public async Task Reads_are_served_from_the_cache_without_touching_the_database()
    {
        var path = _folder.File("storybot.db");
        using var store = Open(path);
        await Change(store, new SettingEdit.Assign(SettingsCatalog.Passages, "4"));
        Assert.Equal(4, (await store.GetAsync(Guild, default)).PassagesPerAnswer);

        // Another process rewrites the row behind the store's back: the cached value still answers.
        using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "UPDATE guild_settings SET value = '2' WHERE key = 'passages'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        Assert.Equal(4, (await store.GetAsync(Guild, default)).PassagesPerAnswer);
    }

    [Fact]
    public async Task Setting_a_value_it_already_has_changes_nothing_and_logs_nothing()
    {
        using var store = Open(_folder.File("storybot.db"));

        var result = await store.ChangeAsync(Guild, new SettingEdit.Assign(SettingsCatalog.Passages, "3"), Alice, default);

        Assert.Equal(SettingChangeStatus.Unchanged, result.Status);
        Assert.Empty((await store.GetAuditLogAsync(Guild, 20, default))!);
    }

    [Fact]
    public async Task An_invalid_edit_is_rejected_inside_the_store_too_and_nothing_is_written()
    {
        using var store = Open(_folder.File("storybot.db"));

        var outOfRange = await store.ChangeAsync(Guild, new SettingEdit.Assign(SettingsCatalog.Passages, "6"), Alice, default);
        var unknownCommand = await store.ChangeAsync(Guild, new SettingEdit.AddItem(SettingsCatalog.DisabledCommands, "config"), Alice, default);

        Assert.Equal(SettingChangeStatus.Rejected, outOfRange.Status);
        Assert.Contains("1 to 5", outOfRange.Error);
        Assert.Equal(SettingChangeStatus.Rejected, unknownCommand.Status);
        Assert.Equal(GuildSettings.Default, await store.GetAsync(Guild, default));
        Assert.Empty((await store.GetAuditLogAsync(Guild, 20, default))!);
    }

    [Fact]
    public async Task Answer_channels_are_capped_so_the_list_stays_usable()
    {
        using var store = Open(_folder.File("storybot.db"));
        for (var i = 0; i < SettingsCatalog.AnswerChannels.MaxItems; i++)
        {
            await Change(store, new SettingEdit.AddItem(SettingsCatalog.AnswerChannels, $"6{i:D2}"));
        }

        var oneTooMany = await store.ChangeAsync(Guild, new SettingEdit.AddItem(SettingsCatalog.AnswerChannels, "700"), Alice, default);

        Assert.Equal(SettingChangeStatus.Rejected, oneTooMany.Status);
        Assert.Equal(SettingsCatalog.AnswerChannels.MaxItems, (await store.GetAsync(Guild, default)).AnswerChannelIds.Count);
    }

    [Fact]
    public async Task Moderators_changing_settings_at_the_same_time_lose_no_update()
    {
        // Two stores on one file behave like two bot processes: only the database's write lock keeps them apart.
        var path = _folder.File("storybot.db");
        using var first = Open(path);
        using var second = Open(path);
        await first.GetAsync(Guild, default);

        var channels = Enumerable.Range(0, 24).Select(i => $"6{i:D2}").ToList();
        var start = new TaskCompletionSource();
        var adds = channels.Select((channel, i) => Task.Run(async () =>
        {
            await start.Task;
            var store = i % 2 == 0 ? first : second;
            return await store.ChangeAsync(Guild, new SettingEdit.AddItem(SettingsCatalog.AnswerChannels, channel), i % 2 == 0 ? Alice : Bob, default);
        }));
        var others = new[]
        {
            Task.Run(async () => { await start.Task; return await first.ChangeAsync(Guild, new SettingEdit.Assign(SettingsCatalog.Cooldown, "30"), Alice, default); }),
            Task.Run(async () => { await start.Task; return await second.ChangeAsync(Guild, new SettingEdit.AddItem(SettingsCatalog.DisabledCommands, "story"), Bob, default); }),
        };
        var all = adds.Concat(others).ToList();
        start.SetResult();
        var results = await Task.WhenAll(all);

        Assert.All(results, r => Assert.Equal(SettingChangeStatus.Changed, r.Status));
        using var restarted = Open(path);
        var settings = await restarted.GetAsync(Guild, default);
        Assert.Equal(channels, settings.AnswerChannelIds.Order());
        Assert.Equal(30, settings.CooldownSeconds);
        Assert.Equal(["story"], settings.DisabledCommands);
        Assert.Equal(20, (await restarted.GetAuditLogAsync(Guild, 20, default))!.Count);
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_left_untouched()
    {
        var path = _folder.File("storybot.db");
        using (var store = Open(path))
        {
            await Change(store, new SettingEdit.Assign(SettingsCatalog.Passages, "4"));
        }
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')";
            command.ExecuteNonQuery();
        }
        var before = await ReadAllBytes(path);
        var logger = new RecordingLogger<SqliteSettingsStore>();

        using var older = Open(path, logger: logger);

        Assert.Equal(GuildSettings.Default, await older.GetAsync(Guild, default));
        Assert.False(older.IsAvailable);
        Assert.Equal(SettingChangeStatus.Unavailable, (await older.ChangeAsync(Guild, new SettingEdit.Assign(SettingsCatalog.Passages, "2"), Alice, default)).Status);
        Assert.Equal(before, await ReadAllBytes(path));
        Assert.Contains(logger.AtLeast(Microsoft.Extensions.Logging.LogLevel.Error), m => m.Contains("schema version 99"));
    }

    private static async Task Change(ISettingsStore store, SettingEdit edit)
    {
        var result = await store.ChangeAsync(Guild, edit, Alice, default);
        Assert.Equal(SettingChangeStatus.Changed, result.Status);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    internal static Task<byte[]> ReadAllBytes(string path) => File.ReadAllBytesAsync(path);
}
