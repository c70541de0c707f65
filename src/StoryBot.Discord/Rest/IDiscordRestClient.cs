using StoryBot.Discord.Models;

namespace StoryBot.Discord.Rest;

/// <summary>The Discord REST calls a bot needs. Failures throw <see cref="DiscordRestException"/> after rate limits and retries are handled.</summary>
public interface IDiscordRestClient
{
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default);

    Task<ApplicationInfo> GetCurrentApplicationAsync(CancellationToken cancellationToken = default);

    /// <summary>The first answer to an interaction (within 3 s): a message, a defer, an update or autocomplete choices.</summary>
    Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default);

    /// <summary>Edits the first answer, e.g. to fill in a deferred one.</summary>
    Task<DiscordMessage> EditOriginalInteractionResponseAsync(string applicationId, string interactionToken, WebhookMessage message, CancellationToken cancellationToken = default);

    Task<DiscordMessage> CreateFollowupMessageAsync(string applicationId, string interactionToken, WebhookMessage message, CancellationToken cancellationToken = default);

    Task<DiscordMessage> CreateMessageAsync(string channelId, MessageCreate message, CancellationToken cancellationToken = default);

    /// <summary>Replaces every global command with <paramref name="commands"/>.</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(string applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default);

    /// <summary>Replaces one guild's commands with <paramref name="commands"/> (applies instantly).</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default);
}
