using System.Threading.Channels;
using StoryBot.Discord.Models;

namespace StoryBot.Discord.Gateway;

/// <summary>
/// A Discord gateway session that keeps itself alive (heartbeats, resume, re-identify) and hands the bot its events.
/// </summary>
public interface IDiscordGateway
{
    /// <summary>
    /// Parsed dispatches in order of arrival. Completes when <see cref="RunAsync"/> ends
    /// (with the <see cref="DiscordFatalException"/> if that is why).
    /// </summary>
    ChannelReader<GatewayEvent> Events { get; }

    /// <summary>The latest READY, or null before the first session.</summary>
    ReadyData? Ready { get; }

    /// <summary>
    /// Connects and stays connected until <paramref name="cancellationToken"/> fires (then closes cleanly and returns),
    /// or until Discord refuses the bot for good (bad token, bad shard, disallowed intents): then throws
    /// <see cref="DiscordFatalException"/> without retrying.
    /// </summary>
    Task RunAsync(CancellationToken cancellationToken);
}
