namespace StoryBot.Commands;

/// <summary>
/// Who invoked a command, where, and with which option values. Transport-neutral: Discord fills it from an
/// interaction or a mention, the console from a typed line.
/// </summary>
public sealed record CommandContext
{
    public required string UserId { get; init; }
    public string? UserName { get; init; }
    /// <summary>Null in a direct message.</summary>
    public string? GuildId { get; init; }
    public string? ChannelId { get; init; }
    /// <summary>The invoking member's computed permission bits in this channel (Discord's decimal string, parsed).</summary>
    public ulong MemberPermissions { get; init; }
    public IReadOnlyList<string> MemberRoleIds { get; init; } = [];
    /// <summary>Option values by name; a subcommand appears as <see cref="Subcommand"/> with its own options here.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();
    public string? Subcommand { get; init; }
    /// <summary>The subcommand group the <see cref="Subcommand"/> belongs to, e.g. "set" in <c>/config set passages</c>.</summary>
    public string? SubcommandGroup { get; init; }
    /// <summary>
    /// Channels and roles named by option values, by id (Discord's <c>data.resolved</c>). An id that is not here is
    /// unknown: commands must not trust a bare option value to name something in this server.
    /// </summary>
    public IReadOnlyDictionary<string, ResolvedEntity> Resolved { get; init; } = new Dictionary<string, ResolvedEntity>();
    /// <summary>How many supporting passages an answer shows; null means the command's own default.</summary>
    public int? PassagesPerAnswer { get; init; }

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;
}
