namespace StoryBot.Knowledge.Corpus;

/// <summary>The articles that parsed, and an error for each file that did not.</summary>
public sealed record CorpusLoadResult(IReadOnlyList<Article> Articles, IReadOnlyList<CorpusError> Errors);

/// <summary>Loads every <c>*.md</c> article in a folder; one bad file never stops the others.</summary>
public static class CorpusLoader
{
    public static CorpusLoadResult Load(string articlesDirectory) => throw new NotImplementedException();
}
