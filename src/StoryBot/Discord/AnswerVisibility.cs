using StoryBot.Commands;
using StoryBot.Settings;

namespace StoryBot.Discord;

/// <summary>
/// Whether a command's answer will be shown only to the asker, known before the answer is ready. A deferred answer
/// ("thinking…") is public or private from the start and Discord cannot change that later, so the dispatcher asks
/// here before deferring.
/// </summary>
public interface IAnswerVisibility
{
    ValueTask<bool> IsPrivateAsync(CommandContext context, CancellationToken cancellationToken);
}

/// <summary>Answers are private in a server whose moderators chose "only the asker"; public elsewhere (DMs, no settings).</summary>
public sealed class GuildAnswerVisibility(ISettingsStore? settings = null) : IAnswerVisibility
{
    public async ValueTask<bool> IsPrivateAsync(CommandContext context, CancellationToken cancellationToken) =>
        settings is not null
        && context.GuildId is { } guildId
        && (await settings.GetAsync(guildId, cancellationToken).ConfigureAwait(false)).Visibility == AnswerVisibility.Ephemeral;
}
