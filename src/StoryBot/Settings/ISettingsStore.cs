namespace StoryBot.Settings;

/// <summary>Per-server settings with an audit trail. Reads are cached; a change invalidates its server's entry.</summary>
public interface ISettingsStore
{
    /// <summary>False while the database cannot be used (locked, corrupt, unreadable); reads then give defaults.</summary>
    bool IsAvailable { get; }

    /// <summary>Opens the database if needed (or tries again after a passing problem); true when it can be used.</summary>
    ValueTask<bool> CheckAvailableAsync(CancellationToken cancellationToken);

    /// <summary>A server's settings. Never fails: when the store is unavailable it returns the last known or default settings.</summary>
    ValueTask<GuildSettings> GetAsync(string guildId, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="edit"/> and records who made it, in one transaction.</summary>
    Task<SettingChangeResult> ChangeAsync(string guildId, SettingEdit edit, SettingsActor actor, CancellationToken cancellationToken);

    /// <summary>The most recent changes, newest first; null when the store is unavailable.</summary>
    Task<IReadOnlyList<AuditEntry>?> GetAuditLogAsync(string guildId, int count, CancellationToken cancellationToken);
}

/// <summary>The member making a change, as the audit log records them.</summary>
public sealed record SettingsActor(string UserId, string? UserName);

public sealed record AuditEntry(
    long Id,
    string GuildId,
    string UserId,
    string? UserName,
    DateTimeOffset ChangedAt,
    string Setting,
    string OldValue,
    string NewValue);

public enum SettingChangeStatus { Changed, Unchanged, Rejected, Unavailable }

/// <summary>What became of a change. Old and new values are canonical (see <see cref="SettingDefinition"/>).</summary>
public sealed record SettingChangeResult(SettingChangeStatus Status, string? OldValue = null, string? NewValue = null, string? Error = null)
{
    public static SettingChangeResult Unavailable { get; } = new(SettingChangeStatus.Unavailable);
}
