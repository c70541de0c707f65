namespace StoryBot.Knowledge.Search;

public enum PassageKind { Sentence, Paragraph }

/// <summary>
/// A searchable unit of an article: a sentence or a whole paragraph, with where it sits. Paragraph and sentence
/// numbers count from 1; a paragraph passage has <see cref="SentenceNumber"/> 0.
/// </summary>
public sealed record Passage(
    string ArticleId,
    PassageKind Kind,
    int ParagraphNumber,
    int SentenceNumber,
    string? Heading,
    string Text);

/// <summary>A passage returned by a search, with its score and a fragment whose matched words are wrapped in **.</summary>
public sealed record PassageHit(Passage Passage, float Score, string Highlighted);
