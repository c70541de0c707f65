using System.Text.Json;

namespace StoryBot.Discord.Models;

public static class InteractionCallbackType
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    /// <summary>"Thinking…"; fill it in later by editing <c>@original</c>.</summary>
    public const int DeferredChannelMessageWithSource = 5;
    /// <summary>Components only: acknowledge now, edit the component's message later.</summary>
    public const int DeferredUpdateMessage = 6;
    /// <summary>Components only: edit the component's message now.</summary>
    public const int UpdateMessage = 7;
    public const int ApplicationCommandAutocompleteResult = 8;
}

public static class MessageFlags
{
    public const int SuppressEmbeds = 1 << 2;
    public const int Ephemeral = 1 << 6;
}

/// <summary>Body of <c>POST /interactions/{id}/{token}/callback</c>.</summary>
public sealed record InteractionResponse(int Type, InteractionCallbackData? Data = null)
{
    public static InteractionResponse Message(InteractionCallbackData data) => new(InteractionCallbackType.ChannelMessageWithSource, data);
    public static InteractionResponse Defer(bool ephemeral = false) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource, ephemeral ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral, AllowedMentions = null } : null);
    public static InteractionResponse DeferUpdate() => new(InteractionCallbackType.DeferredUpdateMessage);
    public static InteractionResponse Update(InteractionCallbackData data) => new(InteractionCallbackType.UpdateMessage, data);
    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandOptionChoice> choices) =>
        new(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionCallbackData { Choices = choices, AllowedMentions = null });
}

/// <summary>The <c>data</c> of an interaction response: a message (types 4, 7), flags (type 5) or autocomplete choices (type 8).</summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    /// <summary>Defaults to <see cref="Models.AllowedMentions.None"/>: nothing the bot sends pings anyone unless asked to.</summary>
    public AllowedMentions? AllowedMentions { get; init; } = Models.AllowedMentions.None;
    public int? Flags { get; init; }
    public bool? Tts { get; init; }
    /// <summary>Autocomplete answers (at most 25).</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }
}

/// <summary>Body of the interaction webhook routes: edit <c>@original</c>, or send a follow-up.</summary>
public sealed record WebhookMessage
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    /// <summary>Defaults to <see cref="Models.AllowedMentions.None"/>: nothing the bot sends pings anyone unless asked to.</summary>
    public AllowedMentions? AllowedMentions { get; init; } = Models.AllowedMentions.None;
    public int? Flags { get; init; }
}

/// <summary>Body of <c>POST /channels/{id}/messages</c>.</summary>
public sealed record MessageCreate
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    /// <summary>Defaults to <see cref="Models.AllowedMentions.None"/>: nothing the bot sends pings anyone unless asked to.</summary>
    public AllowedMentions? AllowedMentions { get; init; } = Models.AllowedMentions.None;
    public MessageReference? MessageReference { get; init; }
    public int? Flags { get; init; }
}

/// <summary>Who a message may ping. <see cref="None"/> pings nobody, whatever the text contains.</summary>
public sealed record AllowedMentions
{
    public IReadOnlyList<string>? Parse { get; init; }
    public IReadOnlyList<string>? Users { get; init; }
    public IReadOnlyList<string>? Roles { get; init; }
    public bool? RepliedUser { get; init; }

    public static AllowedMentions None { get; } = new() { Parse = [], RepliedUser = false };
}

/// <summary>An autocomplete or fixed choice: a name (1–100 chars) and a string, integer or number value.</summary>
public sealed record ApplicationCommandOptionChoice(string Name, JsonElement Value)
{
    public static ApplicationCommandOptionChoice Of(string name, string value) => new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String));
    public static ApplicationCommandOptionChoice Of(string name, long value) => new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int64));
    public static ApplicationCommandOptionChoice Of(string name, double value) => new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Double));
}

public static class MessageLimits
{
    public const int Content = 2000;
    public const int AutocompleteChoices = 25;
    public const int ChoiceName = 100;
    public const int ChoiceStringValue = 100;
}
