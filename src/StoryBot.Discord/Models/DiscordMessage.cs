namespace StoryBot.Discord.Models;

/// <summary>A message as Discord returns or dispatches it (MESSAGE_CREATE).</summary>
public sealed record DiscordMessage
{
    public required string Id { get; init; }
    public required string ChannelId { get; init; }
    /// <summary>Absent in DMs.</summary>
    public string? GuildId { get; init; }
    public DiscordUser? Author { get; init; }
    public GuildMember? Member { get; init; }
    public string Content { get; init; } = "";
    public IReadOnlyList<DiscordUser> Mentions { get; init; } = [];
    public IReadOnlyList<string>? MentionRoles { get; init; }
    public bool? MentionEveryone { get; init; }
    public int Type { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    public MessageReference? MessageReference { get; init; }
    public string? WebhookId { get; init; }
    public string? ApplicationId { get; init; }
    public int? Flags { get; init; }

    public bool IsFromBot => Author?.Bot == true;

    public bool MentionsUser(string userId) =>
        Mentions.Any(u => u.Id == userId)
        || Content.Contains($"<@{userId}>", StringComparison.Ordinal)
        || Content.Contains($"<@!{userId}>", StringComparison.Ordinal);
}

/// <summary>Makes a sent message a reply. <c>fail_if_not_exists: false</c> sends it anyway if the target is gone.</summary>
public sealed record MessageReference
{
    public string? MessageId { get; init; }
    public string? ChannelId { get; init; }
    public string? GuildId { get; init; }
    public bool? FailIfNotExists { get; init; }
}
