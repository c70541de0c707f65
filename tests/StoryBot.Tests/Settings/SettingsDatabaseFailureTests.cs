using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using StoryBot.Settings;
using static StoryBot.Tests.Settings.Stores;

namespace StoryBot.Tests.Settings;

/// <summary>A locked or damaged settings file: the bot keeps going on defaults, says so once, and never touches the file.</summary>
public sealed class SettingsDatabaseFailureTests : IDisposable
{
    private const string Guild = "500";
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_file_of_garbage_is_reported_once_served_as_defaults_and_left_byte_for_byte()
    {
        var path = _folder.File("storybot.db");
        var garbage = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("these are not the settings you are looking for. ", 200)));
        await File.WriteAllBytesAsync(path, garbage);
        var clock = new ManualClock();
        var logger = new RecordingLogger<SqliteSettingsStore>();
        using var store = Open(path, clock, logger);

        await AssertServesDefaultsAndRefusesChanges(store);
        clock.Advance(TimeSpan.FromHours(1));
        await AssertServesDefaultsAndRefusesChanges(store);

        Assert.Equal(garbage, await File.ReadAllBytesAsync(path));
        Assert.Equal(["storybot.db"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
        var error = Assert.Single(logger.AtLeast(LogLevel.Warning));
        Assert.Contains("Corrupt", error);
    }

    [Fact]
    public async Task A_sqlite_file_with_damaged_pages_is_not_migrated_or_repaired()
    {
        var path = _folder.File("storybot.db");
        using (var healthy = Open(path))
        {
            for (var i = 0; i < 50; i++)
            {
                await healthy.ChangeAsync(Guild, new SettingEdit.Assign(SettingsCatalog.Cooldown, i.ToString()), Alice, default);
            }
        }
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 8192);
        Array.Fill(bytes, (byte)0x5A, 4096, bytes.Length - 4096);
        await File.WriteAllBytesAsync(path, bytes);
        var logger = new RecordingLogger<SqliteSettingsStore>();
        using var store = Open(path, logger: logger);

        await AssertServesDefaultsAndRefusesChanges(store);

        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        Assert.Single(logger.AtLeast(LogLevel.Warning));
    }

    [Fact]
    public async Task A_file_locked_by_another_program_at_start_up_gives_defaults_until_the_lock_is_gone()
    {
        var path = _folder.File("storybot.db");
        using var locker = new SqliteConnection($"Data Source={path};Pooling=False");
        locker.Open();
        Execute(locker, "CREATE TABLE other_program (x INTEGER); INSERT INTO other_program VALUES (1);");
        var before = await File.ReadAllBytesAsync(path);
        // What a backup tool or a hand-run sqlite3 shell might hold: no one else may even read.
        Execute(locker, "BEGIN EXCLUSIVE");

        var clock = new ManualClock();
        var logger = new RecordingLogger<SqliteSettingsStore>();
        using var store = Open(path, clock, logger);

        await AssertServesDefaultsAndRefusesChanges(store);
        await AssertServesDefaultsAndRefusesChanges(store);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        var error = Assert.Single(logger.AtLeast(LogLevel.Warning));
        Assert.Contains("Locked", error);

        Execute(locker, "ROLLBACK");
        locker.Close();
        clock.Advance(TimeSpan.FromSeconds(31));

        Assert.True(await store.CheckAvailableAsync(default));
        var change = await store.ChangeAsync(Guild, new SettingEdit.Assign(SettingsCatalog.Passages, "2"), Alice, default);
        Assert.Equal(SettingChangeStatus.Changed, change.Status);
        Assert.Equal(2, (await store.GetAsync(Guild, default)).PassagesPerAnswer);
        Assert.Contains(logger.Entries, e => e.Message.Contains("available again"));
        Assert.Single(logger.AtLeast(LogLevel.Warning));
    }

    [Fact]
    public async Task A_lock_taken_while_running_refuses_changes_but_keeps_the_known_settings()
    {
        var path = _folder.File("storybot.db");
        var logger = new RecordingLogger<SqliteSettingsStore>();
        using var store = Open(path, logger: logger);
        await store.ChangeAsync(Guild, new SettingEdit.Assign(SettingsCatalog.Passages, "4"), Alice, default);
        Assert.Equal(4, (await store.GetAsync(Guild, default)).PassagesPerAnswer);

        using var locker = new SqliteConnection($"Data Source={path};Pooling=False");
        locker.Open();
        Execute(locker, "PRAGMA locking_mode = EXCLUSIVE");
        using var transaction = locker.BeginTransaction();
        Execute(locker, "CREATE TABLE held (x INTEGER)", transaction);

        var first = await store.ChangeAsync(Guild, new SettingEdit.Assign(SettingsCatalog.Cooldown, "10"), Bob, default);
        var second = await store.ChangeAsync(Guild, new SettingEdit.Assign(SettingsCatalog.Cooldown, "20"), Bob, default);

        Assert.Equal(SettingChangeStatus.Unavailable, first.Status);
        Assert.Equal(SettingChangeStatus.Unavailable, second.Status);
        Assert.False(store.IsAvailable);
        Assert.Equal(4, (await store.GetAsync(Guild, default)).PassagesPerAnswer);
        Assert.Single(logger.AtLeast(LogLevel.Warning));
        transaction.Rollback();
    }

    private static async Task AssertServesDefaultsAndRefusesChanges(SqliteSettingsStore store)
    {
        Assert.Equal(GuildSettings.Default, await store.GetAsync(Guild, default));
        Assert.False(await store.CheckAvailableAsync(default));
        Assert.False(store.IsAvailable);
        var change = await store.ChangeAsync(Guild, new SettingEdit.Assign(SettingsCatalog.Passages, "2"), Alice, default);
        Assert.Equal(SettingChangeStatus.Unavailable, change.Status);
        Assert.Null(await store.GetAuditLogAsync(Guild, 20, default));
        Assert.Equal(GuildSettings.Default, await store.GetAsync(Guild, default));
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
