namespace StoryBot.Discord.Models;

public static class ComponentType
{
    public const int ActionRow = 1;
    public const int Button = 2;
}

public static class ButtonStyle
{
    public const int Primary = 1;
    public const int Secondary = 2;
    public const int Success = 3;
    public const int Danger = 4;
    /// <summary>Opens <c>url</c>; sends no interaction and has no custom id.</summary>
    public const int Link = 5;
}

/// <summary>A legacy message component: an action row (type 1) holding up to 5 buttons (type 2).</summary>
public sealed record MessageComponent
{
    public required int Type { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    public int? Style { get; init; }
    public string? Label { get; init; }
    /// <summary>1–100 characters; comes back in the click's interaction.</summary>
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }

    public static MessageComponent ActionRow(params IReadOnlyList<MessageComponent> buttons) =>
        new() { Type = ComponentType.ActionRow, Components = buttons };

    public static MessageComponent Button(string label, string customId, int style = ButtonStyle.Secondary, bool disabled = false) =>
        new() { Type = ComponentType.Button, Style = style, Label = label, CustomId = customId, Disabled = disabled ? true : null };

    public static MessageComponent LinkButton(string label, string url) =>
        new() { Type = ComponentType.Button, Style = ButtonStyle.Link, Label = label, Url = url };
}

public static class ComponentLimits
{
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomIdMax = 100;
    public const int LabelMax = 80;
    public const int UrlMax = 512;
}
