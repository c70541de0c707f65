namespace StoryBot.Discord.Models;

public sealed record DiscordUser
{
    public required string Id { get; init; }
    public string Username { get; init; } = "";
    public string? Discriminator { get; init; }
    public string? GlobalName { get; init; }
    public string? Avatar { get; init; }
    public bool? Bot { get; init; }
}

/// <summary>A guild member. In interactions it carries <see cref="User"/> and the computed <see cref="Permissions"/>; in messages neither.</summary>
public sealed record GuildMember
{
    public DiscordUser? User { get; init; }
    public string? Nick { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary>Decimal permission bitfield (interactions only).</summary>
    public string? Permissions { get; init; }

    public ulong PermissionBits => ulong.TryParse(Permissions, out var bits) ? bits : 0;
}

/// <summary>Answer of <c>GET /applications/@me</c> (the parts a bot needs).</summary>
public sealed record ApplicationInfo
{
    public required string Id { get; init; }
    public string? Name { get; init; }
}
