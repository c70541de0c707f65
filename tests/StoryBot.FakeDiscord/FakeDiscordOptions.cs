namespace StoryBot.FakeDiscord;

public sealed record FakeDiscordOptions
{
    /// <summary>The only bot token the fake accepts (gateway Identify/Resume and REST <c>Authorization: Bot …</c>).</summary>
    public string Token { get; init; } = "fake-bot-token.Tz9.secret";
    public string ApplicationId { get; init; } = "100000000000000001";
    public string BotUserId { get; init; } = "100000000000000001";
    public string BotUsername { get; init; } = "StoryBot";
    public IReadOnlyList<string> GuildIds { get; init; } = ["200000000000000001"];
    /// <summary>Heartbeat interval sent in HELLO.</summary>
    public int HeartbeatIntervalMs { get; init; } = 5000;
    /// <summary>Minimum time between Identifies; a faster one gets op 9 false (Discord: 5 s). Zero: no check.</summary>
    public TimeSpan IdentifyInterval { get; init; } = TimeSpan.Zero;
    /// <summary>An interaction answered later than this gets 10062 Unknown interaction and is recorded as a violation.</summary>
    public TimeSpan InteractionDeadline { get; init; } = TimeSpan.FromSeconds(3);
    /// <summary>Path of Discord's OpenAPI spec; found from the working directory upwards when null.</summary>
    public string? OpenApiPath { get; init; }
}
