namespace StoryBot.Knowledge.Facts;

/// <summary>
/// A role the story gives someone: <see cref="Phrase"/> as written ("Apple co-founder", "CEO of Stability AI"),
/// with its <see cref="Title"/> ("co-founder") and <see cref="Organisation"/> ("Apple") when the text names one.
/// </summary>
public sealed record RoleFact(string Holder, string Phrase, string Title, string? Organisation, FactSource Source);
