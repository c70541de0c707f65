namespace StoryBot.Commands;

/// <summary>
/// What a command answers, independent of where it is shown. Discord renders it as content + embeds +
/// components; the console as plain text. Renderers enforce their platform's limits, not commands.
/// </summary>
public sealed record Reply
{
    public string? Text { get; init; }
    public IReadOnlyList<ReplyCard> Cards { get; init; } = [];
    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];
    /// <summary>Shown only to the person who asked.</summary>
    public bool Ephemeral { get; init; }

    public static Reply Message(string text, bool ephemeral = false) => new() { Text = text, Ephemeral = ephemeral };
}

/// <summary>A titled block (a Discord embed): description, then named fields, then a footer.</summary>
public sealed record ReplyCard
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<ReplyField> Fields { get; init; } = [];
    public string? Footer { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
}

public sealed record ReplyField(string Name, string Value, bool Inline = false);

/// <summary>
/// A button. An action button carries <see cref="ActionId"/>, a short string routed back to the command
/// that made it (e.g. the next page); a link button carries <see cref="Url"/>.
/// </summary>
public sealed record ReplyButton(string Label, string? ActionId = null, string? Url = null);
