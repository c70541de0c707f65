using Microsoft.Extensions.Logging;
using StoryBot.Commands;
using StoryBot.Discord.Models;

namespace StoryBot.Discord;

/// <summary>
/// The one place a <see cref="Reply"/> becomes a Discord payload: an interaction callback, an edit of the original
/// response, a follow-up or a channel message. Every limit Discord enforces is applied here, before sending (text is
/// cut at a word boundary with "…"; what cannot fit is left out), and every payload sets allowed_mentions so nothing
/// the bot repeats can ping anyone.
/// </summary>
public sealed class DiscordReplyRenderer(ILogger<DiscordReplyRenderer> logger)
{
    /// <summary>Shown when a reply has nothing Discord could display (an empty message is refused).</summary>
    public const string EmptyReplyText = "I have nothing to show for that.";

    /// <summary>The smallest piece of text worth showing when the embed budget is nearly spent.</summary>
    private const int MinimumUsefulText = 24;

    /// <summary>A message answer (callback type 4): ephemeral when the reply is.</summary>
    public InteractionCallbackData ToCallbackData(Reply reply)
    {
        var message = Render(reply);
        return new InteractionCallbackData
        {
            Content = message.Content,
            Embeds = NullIfEmpty(message.Embeds),
            Components = NullIfEmpty(message.Components),
            AllowedMentions = AllowedMentions.None,
            Flags = reply.Ephemeral ? MessageFlags.Ephemeral : null,
        };
    }

    /// <summary>A replacement for the message a button is on (callback type 7): content, embeds and buttons all replaced.</summary>
    public InteractionCallbackData ToUpdateData(Reply reply)
    {
        var message = Render(reply);
        return new InteractionCallbackData
        {
            Content = message.Content ?? "",
            Embeds = message.Embeds,
            Components = message.Components,
            AllowedMentions = AllowedMentions.None,
        };
    }

    /// <summary>The body that fills in a deferred answer, or replaces a button's message (PATCH @original).</summary>
    public WebhookMessage ToOriginalEdit(Reply reply)
    {
        var message = Render(reply);
        return new WebhookMessage
        {
            Content = message.Content ?? "",
            Embeds = message.Embeds,
            Components = message.Components,
            AllowedMentions = AllowedMentions.None,
        };
    }

    /// <summary>A follow-up message to an interaction: ephemeral when the reply is.</summary>
    public WebhookMessage ToFollowup(Reply reply)
    {
        var message = Render(reply);
        return new WebhookMessage
        {
            Content = message.Content,
            Embeds = NullIfEmpty(message.Embeds),
            Components = NullIfEmpty(message.Components),
            AllowedMentions = AllowedMentions.None,
            Flags = reply.Ephemeral ? MessageFlags.Ephemeral : null,
        };
    }

    /// <summary>
    /// A channel message that replies to <paramref name="replyTo"/>. Channel messages cannot be ephemeral, and the
    /// reply still goes out if the asker deleted their message meanwhile.
    /// </summary>
    public MessageCreate ToChannelReply(Reply reply, DiscordMessage replyTo)
    {
        var message = Render(reply);
        return new MessageCreate
        {
            Content = message.Content,
            Embeds = NullIfEmpty(message.Embeds),
            Components = NullIfEmpty(message.Components),
            AllowedMentions = AllowedMentions.None,
            MessageReference = new MessageReference
            {
                MessageId = replyTo.Id,
                ChannelId = replyTo.ChannelId,
                GuildId = replyTo.GuildId,
                FailIfNotExists = false,
            },
        };
    }

    /// <summary>
    /// Autocomplete choices: at most 25, names and string values of 1–100 characters. For an integer option
    /// (<paramref name="optionType"/> 4) values that are not whole numbers are left out.
    /// </summary>
    public IReadOnlyList<ApplicationCommandOptionChoice> ToChoices(IEnumerable<CommandChoice> choices, int optionType)
    {
        var result = new List<ApplicationCommandOptionChoice>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var choice in choices)
        {
            if (result.Count == MessageLimits.AutocompleteChoices)
                break;
            var name = DiscordText.Clean(choice.Name);
            var value = DiscordText.Clean(choice.Value) ?? name;
            if (name is null || value is null)
                continue;
            name = DiscordText.Truncate(name, MessageLimits.ChoiceName);
            ApplicationCommandOptionChoice? rendered = optionType switch
            {
                ApplicationCommandOptionType.Integer => long.TryParse(value, out var number) ? ApplicationCommandOptionChoice.Of(name, number) : null,
                ApplicationCommandOptionType.Number => double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var real) ? ApplicationCommandOptionChoice.Of(name, real) : null,
                // A longer value cannot be shortened without changing what the user picks; the name stands in for it.
                _ => value.Length <= MessageLimits.ChoiceStringValue ? ApplicationCommandOptionChoice.Of(name, value)
                    : name.Length <= MessageLimits.ChoiceStringValue && !name.EndsWith(DiscordText.Ellipsis, StringComparison.Ordinal) ? ApplicationCommandOptionChoice.Of(name, name)
                    : null,
            };
            if (rendered is not null && seen.Add(rendered.Value.GetRawText()))
                result.Add(rendered);
        }
        return result;
    }

    private RenderedMessage Render(Reply reply)
    {
        var content = DiscordText.Clean(reply.Text) is { } text ? DiscordText.Truncate(text, MessageLimits.Content) : null;
        var embeds = Embeds(reply.Cards);
        var components = Components(reply.Buttons);
        if (content is null && embeds.Count == 0 && components.Count == 0)
            content = EmptyReplyText;
        return new RenderedMessage(content, embeds, components);
    }

    /// <summary>
    /// Cards in order, each cut to the embed limits; once the 6,000-character total is nearly spent, later parts are
    /// shortened or left out, so the answer (which comes first) always survives.
    /// </summary>
    private static List<Embed> Embeds(IReadOnlyList<ReplyCard> cards)
    {
        var budget = EmbedLimits.TotalCharacters;
        var embeds = new List<Embed>();
        foreach (var card in cards.Take(EmbedLimits.EmbedsPerMessage))
        {
            if (budget < MinimumUsefulText)
                break;
            var title = Fit(card.Title, EmbedLimits.Title, ref budget);
            var description = Fit(card.Description, EmbedLimits.Description, ref budget);
            var fields = new List<EmbedField>();
            foreach (var field in card.Fields.Take(EmbedLimits.Fields))
            {
                var value = DiscordText.Clean(field.Value);
                if (value is null)
                    continue;
                var name = DiscordText.Truncate(DiscordText.Clean(field.Name) ?? "—", EmbedLimits.FieldName);
                if (budget - name.Length < MinimumUsefulText)
                    break;
                budget -= name.Length;
                fields.Add(new EmbedField(name, Fit(value, EmbedLimits.FieldValue, ref budget)!, field.Inline ? true : null));
            }
            var footer = Fit(card.Footer, EmbedLimits.FooterText, ref budget);
            if (title is null && description is null && fields.Count == 0 && footer is null)
                continue;
            embeds.Add(new Embed
            {
                Title = title,
                Description = description,
                Url = IsWebUrl(card.Url) ? card.Url : null,
                Timestamp = card.Timestamp,
                Fields = fields.Count == 0 ? null : fields,
                Footer = footer is null ? null : new EmbedFooter(footer),
            });
        }
        return embeds;
    }

    /// <summary>The text cut to <paramref name="limit"/> and to what is left of the budget; null when absent or no room is left.</summary>
    private static string? Fit(string? text, int limit, ref int budget)
    {
        var clean = DiscordText.Clean(text);
        if (clean is null)
            return null;
        var room = Math.Min(limit, budget);
        if (room < Math.Min(clean.Length, MinimumUsefulText))
            return null;
        var fitted = DiscordText.Truncate(clean, room);
        budget -= fitted.Length;
        return fitted;
    }

    /// <summary>Buttons in rows of five, at most five rows; link buttons open their URL, others carry their action id.</summary>
    private List<MessageComponent> Components(IReadOnlyList<ReplyButton> buttons)
    {
        var rendered = new List<MessageComponent>();
        var customIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var button in buttons)
        {
            var label = DiscordText.Truncate(DiscordText.Clean(button.Label) ?? "Open", ComponentLimits.LabelMax);
            if (button.ActionId is { } actionId)
            {
                // A shortened id would route nowhere, so a button whose id does not fit is left out.
                if (actionId.Length is 0 or > ComponentLimits.CustomIdMax)
                {
                    logger.LogWarning("Left out the button '{Label}': its action id is {Length} characters (Discord allows 1–100)", label, actionId.Length);
                    continue;
                }
                if (customIds.Add(actionId))
                    rendered.Add(MessageComponent.Button(label, actionId, ButtonStyle.Primary));
            }
            else if (IsWebUrl(button.Url) && button.Url!.Length <= ComponentLimits.UrlMax)
                rendered.Add(MessageComponent.LinkButton(label, button.Url));
        }
        const int maxButtons = ComponentLimits.ActionRows * ComponentLimits.ButtonsPerRow;
        if (rendered.Count > maxButtons)
            logger.LogWarning("Left out {Count} buttons beyond Discord's {Max}", rendered.Count - maxButtons, maxButtons);
        return [.. rendered.Take(maxButtons).Chunk(ComponentLimits.ButtonsPerRow).Select(row => MessageComponent.ActionRow(row))];
    }

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static IReadOnlyList<T>? NullIfEmpty<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items;

    private sealed record RenderedMessage(string? Content, IReadOnlyList<Embed> Embeds, IReadOnlyList<MessageComponent> Components);
}
