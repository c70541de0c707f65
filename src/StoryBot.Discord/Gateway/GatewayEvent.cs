using StoryBot.Discord.Models;

namespace StoryBot.Discord.Gateway;

/// <summary>A gateway dispatch the bot cares about, already parsed.</summary>
public abstract record GatewayEvent;

/// <summary>A new session: the bot's user, the application id and the guilds (still unavailable).</summary>
public sealed record ReadyEvent(ReadyData Ready) : GatewayEvent;

/// <summary>A dropped session was resumed; missed events were replayed before this.</summary>
public sealed record ResumedEvent : GatewayEvent;

public sealed record InteractionCreateEvent(Interaction Interaction) : GatewayEvent;

public sealed record MessageCreateEvent(DiscordMessage Message) : GatewayEvent;
