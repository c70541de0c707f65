using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StoryBot.Settings;

/// <summary>
/// Settings in a SQLite file (WAL mode), one row per server and setting, with an audit row written in the same
/// transaction as each change. Changes read-modify-write inside BEGIN IMMEDIATE, so concurrent moderators, even in
/// separate processes, lose no update. When the file is locked, corrupt or from a newer version the store says it is
/// unavailable, serves last known or default settings, logs the problem once and never writes to or replaces the file.
/// </summary>
public sealed partial class SqliteSettingsStore : ISettingsStore, IDisposable
{
    private readonly SettingsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteSettingsStore> _logger;
    private readonly SemaphoreSlim _openLock = new(1, 1);
    private readonly ConcurrentDictionary<string, GuildSettings> _cache = new(StringComparer.Ordinal);
    // Guards the cache generation and the availability state together.
    private readonly Lock _stateLock = new();
    private long _generation;

    private volatile bool _ready;
    private volatile DatabaseProblem? _problem;
    private DateTimeOffset _retryAt;

    public SqliteSettingsStore(
        IOptions<SettingsOptions> options,
        TimeProvider time,
        ILogger<SqliteSettingsStore> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        // Relative to the working directory (the repository root under `dotnet run`), not to the program's folder.
        DatabasePath = Path.GetFullPath(_options.Database, Directory.GetCurrentDirectory());
    }

    public string DatabasePath { get; }

    public bool IsAvailable => _problem is null;

    public async ValueTask<bool> CheckAvailableAsync(CancellationToken cancellationToken) =>
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask<GuildSettings> GetAsync(string guildId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(guildId, out var cached))
        {
            return cached;
        }
        if (!await EnsureOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            return GuildSettings.Default;
        }
        var generation = Interlocked.Read(ref _generation);
        try
        {
            using var connection = Connect();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, value FROM guild_settings WHERE guild_id = $guild";
            command.Parameters.AddWithValue("$guild", guildId);
            var stored = new List<KeyValuePair<string, string>>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    stored.Add(new(reader.GetString(0), reader.GetString(1)));
                }
            }
            var settings = SettingsCatalog.ToSettings(stored);
            lock (_stateLock)
            {
                // A change committed while we were reading may not be in what we read: then don't cache it.
                if (_generation == generation)
                {
                    _cache[guildId] = settings;
                }
            }
            return settings;
        }
        catch (Exception e) when (DatabaseProblem.From(e) is { } problem)
        {
            MarkUnavailable(problem);
            return GuildSettings.Default;
        }
    }

    public async Task<SettingChangeResult> ChangeAsync(
        string guildId, SettingEdit edit, SettingsActor actor, CancellationToken cancellationToken)
    {
        if (!await EnsureOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            return SettingChangeResult.Unavailable;
        }
        var setting = edit.Setting;
        try
        {
            using var connection = Connect();
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = ReadValue(connection, transaction, guildId, setting);
            var result = edit.ApplyTo(current);
            if (result.Error is { } error)
            {
                return new SettingChangeResult(SettingChangeStatus.Rejected, current, Error: error);
            }
            var next = result.NewValue!;
            if (next == current)
            {
                return new SettingChangeResult(SettingChangeStatus.Unchanged, current, next);
            }
            WriteValue(connection, transaction, guildId, setting, next);
            WriteAudit(connection, transaction, guildId, actor, setting.Key, current, next);
            transaction.Commit();
            Invalidate(guildId);
            LogSettingChanged(guildId, setting.Key, actor.UserId);
            return new SettingChangeResult(SettingChangeStatus.Changed, current, next);
        }
        catch (Exception e) when (DatabaseProblem.From(e) is { } problem)
        {
            MarkUnavailable(problem);
            return SettingChangeResult.Unavailable;
        }
    }

    public async Task<IReadOnlyList<AuditEntry>?> GetAuditLogAsync(string guildId, int count, CancellationToken cancellationToken)
    {
        if (!await EnsureOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        try
        {
            using var connection = Connect();
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT id, user_id, user_name, changed_at, setting, old_value, new_value
                FROM settings_audit WHERE guild_id = $guild ORDER BY id DESC LIMIT $count
                """;
            command.Parameters.AddWithValue("$guild", guildId);
            command.Parameters.AddWithValue("$count", Math.Max(0, count));
            using var reader = command.ExecuteReader();
            var entries = new List<AuditEntry>();
            while (reader.Read())
            {
                entries.Add(new AuditEntry(
                    reader.GetInt64(0),
                    guildId,
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    DateTimeOffset.Parse(reader.GetString(3), System.Globalization.CultureInfo.InvariantCulture),
                    reader.GetString(4),
                    reader.GetString(5),
                    reader.GetString(6)));
            }
            return entries;
        }
        catch (Exception e) when (DatabaseProblem.From(e) is { } problem)
        {
            MarkUnavailable(problem);
            return null;
        }
    }

    public void Dispose() => _openLock.Dispose();

    /// <summary>
    /// Opens (and on first use creates and migrates) the database. Never creates a file over an existing one, and
    /// never migrates a file that fails its integrity check. After a passing problem it tries again once
    /// <see cref="SettingsOptions.RetryAfterSeconds"/> have gone by.
    /// </summary>
    private async Task<bool> EnsureOpenAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return true;
        }
        if (!MayRetry())
        {
            return false;
        }
        await _openLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return true;
            }
            if (!MayRetry())
            {
                return false;
            }
            try
            {
                Open();
                bool recovered;
                lock (_stateLock)
                {
                    recovered = _problem is not null;
                    _problem = null;
                    _ready = true;
                }
                if (recovered)
                {
                    LogAvailableAgain(DatabasePath);
                }
                return true;
            }
            catch (Exception e) when (DatabaseProblem.From(e) is { } problem)
            {
                MarkUnavailable(problem);
                return false;
            }
        }
        finally
        {
            _openLock.Release();
        }
    }

    private bool MayRetry()
    {
        lock (_stateLock)
        {
            return _problem is not { } problem || (!problem.Lasting && _time.GetUtcNow() >= _retryAt);
        }
    }

    private void Open()
    {
        var exists = File.Exists(DatabasePath);
        if (!exists)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        }
        using var connection = Connect(create: !exists);
        if (exists)
        {
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check";
            if (check.ExecuteScalar() is not "ok")
            {
                throw new SqliteException("The settings database failed its integrity check.", 11);
            }
        }
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL";
            wal.ExecuteNonQuery();
        }
        var found = SchemaMigrations.Apply(connection, _time);
        if (found < SchemaMigrations.LatestVersion)
        {
            LogMigrated(DatabasePath, found, SchemaMigrations.LatestVersion);
        }
    }

    private SqliteConnection Connect(bool create = false)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            DefaultTimeout = _options.BusyTimeoutSeconds,
            // Reads are served from the cache, so connections are rare; unpooled ones hold no file handle afterwards.
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {_options.BusyTimeoutSeconds * 1000}; PRAGMA synchronous = NORMAL;";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static string ReadValue(SqliteConnection connection, SqliteTransaction transaction, string guildId, SettingDefinition setting)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM guild_settings WHERE guild_id = $guild AND key = $key";
        command.Parameters.AddWithValue("$guild", guildId);
        command.Parameters.AddWithValue("$key", setting.Key);
        return command.ExecuteScalar() is string value && SettingsCatalog.IsValidStoredValue(setting, value)
            ? value
            : setting.DefaultValue;
    }

    private static void WriteValue(SqliteConnection connection, SqliteTransaction transaction, string guildId, SettingDefinition setting, string value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // The default is not stored, so a future release can change a default for everyone who never chose.
        command.CommandText = value == setting.DefaultValue
            ? "DELETE FROM guild_settings WHERE guild_id = $guild AND key = $key"
            : "INSERT INTO guild_settings (guild_id, key, value) VALUES ($guild, $key, $value) ON CONFLICT (guild_id, key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$guild", guildId);
        command.Parameters.AddWithValue("$key", setting.Key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    private void WriteAudit(SqliteConnection connection, SqliteTransaction transaction, string guildId, SettingsActor actor, string key, string oldValue, string newValue)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO settings_audit (guild_id, user_id, user_name, changed_at, setting, old_value, new_value)
            VALUES ($guild, $user, $name, $at, $setting, $old, $new)
            """;
        command.Parameters.AddWithValue("$guild", guildId);
        command.Parameters.AddWithValue("$user", actor.UserId);
        command.Parameters.AddWithValue("$name", (object?)actor.UserName ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", _time.GetUtcNow().ToUniversalTime().ToString("O"));
        command.Parameters.AddWithValue("$setting", key);
        command.Parameters.AddWithValue("$old", oldValue);
        command.Parameters.AddWithValue("$new", newValue);
        command.ExecuteNonQuery();
    }

    private void Invalidate(string guildId)
    {
        lock (_stateLock)
        {
            _generation++;
            _cache.TryRemove(guildId, out _);
        }
    }

    /// <summary>Logs only when the store goes from usable to unusable (or the reason changes), not on every request.</summary>
    private void MarkUnavailable(DatabaseProblem problem)
    {
        lock (_stateLock)
        {
            var previous = _problem;
            _ready = false;
            _problem = problem;
            _retryAt = _time.GetUtcNow().AddSeconds(_options.RetryAfterSeconds);
            if (previous?.Kind == problem.Kind)
            {
                return;
            }
        }
        LogUnavailable(DatabasePath, problem.Kind, problem.Detail);
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Settings database {Path} is unavailable ({Problem}): {Detail}. Answering with default settings; the file is left as it is.")]
    private partial void LogUnavailable(string path, DatabaseProblemKind problem, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings database {Path} is available again.")]
    private partial void LogAvailableAgain(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings database {Path} migrated from schema version {From} to {To}.")]
    private partial void LogMigrated(string path, int from, int to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: setting {Setting} changed by user {UserId}.")]
    private partial void LogSettingChanged(string guildId, string setting, string userId);
}
