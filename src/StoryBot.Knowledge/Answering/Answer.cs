using StoryBot.Knowledge.Search;

namespace StoryBot.Knowledge.Answering;

/// <summary>
/// The reply to a question. <see cref="Text"/> is one short sentence at most, or null when the story
/// does not hold the answer. Passages are best first.
/// </summary>
public sealed record Answer(
    string Question,
    string? Text,
    double Confidence,
    IReadOnlyList<SupportingPassage> Passages,
    IReadOnlyList<string> Facts)
{
    public bool IsAnswered => Text is not null;
}

/// <summary>A passage that supports an answer, with the outlet and article it comes from.</summary>
public sealed record SupportingPassage(
    string Text,
    string Highlighted,
    string Source,
    string ArticleTitle,
    string? Url,
    DateTimeOffset? Published,
    string? Heading,
    int ParagraphNumber,
    float Score);
