namespace StoryBot.Commands;

public enum ResolvedKind { Channel, Role, User }

/// <summary>
/// A channel, role or user an option value points at, as the transport resolved it. <see cref="GuildId"/> is the
/// server it belongs to (null when the transport could not tell).
/// </summary>
public sealed record ResolvedEntity(string Id, ResolvedKind Kind, string? GuildId, string Name);
