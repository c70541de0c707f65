using Microsoft.Data.Sqlite;

namespace StoryBot.Settings;

/// <summary>
/// The settings schema, version by version. Each migration runs once, in its own write transaction, and is recorded
/// in <c>schema_version</c>; a file from a newer StoryBot is left untouched.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (1, """
            CREATE TABLE guild_settings (
                guild_id TEXT NOT NULL,
                key      TEXT NOT NULL,
                value    TEXT NOT NULL,
                PRIMARY KEY (guild_id, key)
            ) WITHOUT ROWID;
            CREATE TABLE settings_audit (
                id         INTEGER PRIMARY KEY AUTOINCREMENT,
                guild_id   TEXT NOT NULL,
                user_id    TEXT NOT NULL,
                user_name  TEXT,
                changed_at TEXT NOT NULL,
                setting    TEXT NOT NULL,
                old_value  TEXT NOT NULL,
                new_value  TEXT NOT NULL
            );
            CREATE INDEX settings_audit_by_guild ON settings_audit (guild_id, id DESC);
            """),
    ];

    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>Brings the schema up to date; returns the version it found.</summary>
    public static int Apply(SqliteConnection connection, TimeProvider time)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        var found = Convert.ToInt32(Scalar(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version"));
        if (found > LatestVersion)
        {
            throw new SchemaTooNewException(found, LatestVersion);
        }
        foreach (var (version, sql) in Migrations.Where(m => m.Version > found))
        {
            Execute(connection, transaction, sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($version, $at)";
            record.Parameters.AddWithValue("$version", version);
            record.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O"));
            record.ExecuteNonQuery();
        }
        transaction.Commit();
        return found;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

/// <summary>The database was written by a newer StoryBot; this one must not touch it.</summary>
internal sealed class SchemaTooNewException(int found, int supported)
    : Exception($"The settings database has schema version {found}; this StoryBot understands up to {supported}.");
