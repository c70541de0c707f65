namespace StoryBot.Discord.Models;

/// <summary>A rich embed. Limits (Discord's): title 256, description 4096, 25 fields (name 256, value 1024), footer 2048, 6000 in total per message.</summary>
public sealed record Embed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public int? Color { get; init; }
    public EmbedFooter? Footer { get; init; }
    public EmbedAuthor? Author { get; init; }
    public IReadOnlyList<EmbedField>? Fields { get; init; }
}

public sealed record EmbedField(string Name, string Value, bool? Inline = null);

public sealed record EmbedFooter(string Text, string? IconUrl = null);

public sealed record EmbedAuthor(string Name, string? Url = null, string? IconUrl = null);

public static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int AuthorName = 256;
    public const int TotalCharacters = 6000;
    public const int EmbedsPerMessage = 10;
}
