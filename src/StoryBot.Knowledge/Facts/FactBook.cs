using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Facts;

/// <summary>
/// Everything extracted from the articles: people and groups with roles, who signed, quotes and key figures.
/// Curated <c>&lt;article&gt;.facts.json</c> files beside an article add to or override extraction.
/// </summary>
public sealed class FactBook
{
    public static FactBook Build(IReadOnlyList<Article> articles) => throw new NotImplementedException();

    public IReadOnlyList<Person> People => throw new NotImplementedException();

    public IReadOnlyList<Person> Signatories => throw new NotImplementedException();

    public IReadOnlyList<Quote> Quotes => throw new NotImplementedException();

    public IReadOnlyList<KeyFigure> Figures => throw new NotImplementedException();

    /// <summary>Finds a person by full name, surname or a forgiving partial match; null when the story does not name them.</summary>
    public Person? FindPerson(string name) => throw new NotImplementedException();

    /// <summary>Quotes whose speaker matches <paramref name="speaker"/> (full name or surname).</summary>
    public IReadOnlyList<Quote> QuotesBy(string speaker) => throw new NotImplementedException();
}
