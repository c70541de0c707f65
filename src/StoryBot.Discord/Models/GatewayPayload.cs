using System.Text.Json;
using System.Text.Json.Serialization;

namespace StoryBot.Discord.Models;

/// <summary>The envelope of every gateway message, both directions. <c>s</c> and <c>t</c> are set only on dispatches (op 0).</summary>
public sealed record GatewayPayload
{
    public required int Op { get; init; }
    /// <summary>Written even when null: a heartbeat before the first dispatch is <c>{"op":1,"d":null}</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public JsonElement? D { get; init; }
    public int? S { get; init; }
    public string? T { get; init; }
}

/// <summary>Gateway opcodes used by a bot.</summary>
public static class GatewayOpCode
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int PresenceUpdate = 3;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
}

/// <summary>Gateway intents: which events the gateway sends.</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,
    MessageContent = 1 << 15,

    /// <summary>Enough for slash commands, @mentions and DMs, without any privileged intent (4609).</summary>
    Default = Guilds | GuildMessages | DirectMessages,
}
