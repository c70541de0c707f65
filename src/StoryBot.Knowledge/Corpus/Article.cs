namespace StoryBot.Knowledge.Corpus;

/// <summary>One news article: its metadata from the front matter and its body as numbered paragraphs.</summary>
public sealed record Article(
    string Id,
    string Title,
    string Source,
    string? Url,
    DateTimeOffset? Published,
    string? Section,
    string? PhotoCredit,
    IReadOnlyList<Paragraph> Paragraphs,
    string FilePath);

/// <summary>A body paragraph; <paramref name="Number"/> counts from 1 within the article, headings excluded.</summary>
public sealed record Paragraph(int Number, string? Heading, string Text, int Line);
