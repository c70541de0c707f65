namespace StoryBot.Knowledge.Facts;

public enum EntityKind { Person, Group, Organisation }

/// <summary>
/// Someone the story names. <see cref="Roles"/> are phrases such as "CEO of Stability AI" or "Apple co-founder";
/// <see cref="IsSignatory"/> is true only when the text says they signed (being mentioned is not signing).
/// </summary>
public sealed record Person(
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Roles,
    bool IsSignatory,
    IReadOnlyList<FactSource> Sources);

/// <summary>Where a fact was read: the article and the sentence that states it.</summary>
public sealed record FactSource(string ArticleId, int ParagraphNumber, string Sentence);
