namespace StoryBot.Discord.Models;

public sealed record HelloData(int HeartbeatInterval);

public sealed record IdentifyProperties(string Os, string Browser, string Device);

public sealed record IdentifyData
{
    public required string Token { get; init; }
    public required IdentifyProperties Properties { get; init; }
    public required int Intents { get; init; }
    public int[]? Shard { get; init; }
}

public sealed record ResumeData(string Token, string SessionId, int? Seq);

public sealed record UnavailableGuild(string Id, bool? Unavailable);

public sealed record PartialApplication(string Id, long? Flags);

public sealed record ReadyData
{
    public int V { get; init; }
    public required DiscordUser User { get; init; }
    public IReadOnlyList<UnavailableGuild> Guilds { get; init; } = [];
    public required string SessionId { get; init; }
    public required string ResumeGatewayUrl { get; init; }
    public int[]? Shard { get; init; }
    public required PartialApplication Application { get; init; }
}

public sealed record SessionStartLimit(int Total, int Remaining, int ResetAfter, int MaxConcurrency);

/// <summary>Answer of <c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);
