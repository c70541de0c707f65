using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using StoryBot.Commands;
using StoryBot.Discord.Gateway;
using StoryBot.Discord.Models;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord;

/// <summary>
/// "@StoryBot who signed?" in a channel, or any message in a DM with the bot: the text without the mention is asked
/// as /ask through the router's mention route (so server settings apply), and the answer is posted as a reply to the
/// message.
/// Messages from bots, the bot's own included, are never answered.
/// </summary>
public sealed partial class MentionHandler(
    CommandRouter router,
    IDiscordRestClient rest,
    IDiscordGateway gateway,
    DiscordReplyRenderer renderer,
    ILogger<MentionHandler> logger)
{
    public static readonly Reply HowToAsk =
        Reply.Message("Mention me followed by a question about the story, or use /ask. /help lists everything I can do.");

    /// <summary>
    /// True when the message is for the bot: mentions it (or is a DM) and is from a person. Cheap and synchronous, so
    /// the event loop can decide in arrival order.
    /// </summary>
    public bool Accepts(DiscordMessage message)
    {
        if (gateway.Ready?.User.Id is not { } botId)
            return false;
        if (message.IsFromBot || message.WebhookId is not null || message.Author is null || message.Author.Id == botId)
            return false;
        return message.GuildId is null || message.MentionsUser(botId);
    }

    public async Task HandleAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var question = Question(message.Content, gateway.Ready?.User.Id ?? "");
            var reply = question.Length == 0
                ? HowToAsk
                : await router.MentionAsync(question, ContextOf(message), cancellationToken).ConfigureAwait(false);
            // Null: a server setting says to stay silent (mentions turned off, or not an answer channel).
            if (reply is null)
                return;
            await rest.CreateMessageAsync(message.ChannelId, renderer.ToChannelReply(reply, message), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Answering message {MessageId} in channel {ChannelId} failed", message.Id, message.ChannelId);
            await ApologiseAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The message text without the bot's mentions (and the comma or colon people put after them).</summary>
    public static string Question(string content, string botId)
    {
        var text = MentionPattern().Replace(content, match => match.Groups["id"].Value == botId ? " " : match.Value);
        return WhiteSpace().Replace(text, " ").Trim().TrimStart(',', ':', ';', '-', '—').Trim();
    }

    private static CommandContext ContextOf(DiscordMessage message) => new()
    {
        UserId = message.Author!.Id,
        UserName = message.Author.GlobalName ?? message.Author.Username,
        GuildId = message.GuildId,
        ChannelId = message.ChannelId,
        // Messages carry the member's roles but not their permissions.
        MemberRoleIds = message.Member?.Roles ?? [],
    };

    private async Task ApologiseAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await rest.CreateMessageAsync(message.ChannelId, renderer.ToChannelReply(CommandRouter.Apology, message), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Could not tell the author of message {MessageId} that answering failed: {Error}", message.Id, ex.Message);
        }
    }

    [GeneratedRegex(@"<@!?(?<id>[0-9]+)>")]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
