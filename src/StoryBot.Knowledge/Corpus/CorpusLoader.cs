namespace StoryBot.Knowledge.Corpus;

/// <summary>The articles that parsed, and an error for each file that did not.</summary>
public sealed record CorpusLoadResult(IReadOnlyList<Article> Articles, IReadOnlyList<CorpusError> Errors);

/// <summary>Loads every <c>*.md</c> article in a folder; one bad file never stops the others.</summary>
public static class CorpusLoader
{
    public static CorpusLoadResult Load(string articlesDirectory)
    {
        ArgumentNullException.ThrowIfNull(articlesDirectory);
        if (!Directory.Exists(articlesDirectory))
            return new CorpusLoadResult([], [new CorpusError(articlesDirectory, 0,
                "the articles folder does not exist: create it and put one '.md' article per file in it")]);

        var articles = new List<Article>();
        var errors = new List<CorpusError>();
        foreach (var file in ArticleFiles(articlesDirectory))
        {
            try
            {
                articles.Add(ArticleParser.Parse(File.ReadAllText(file), file));
            }
            catch (ArticleFormatException e)
            {
                errors.Add(e.Error);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new CorpusError(file, 0, $"cannot read the file: {e.Message}"));
            }
        }
        return new CorpusLoadResult(articles, errors);
    }

    /// <summary>Article files in name order, so ids, passages and reports are the same on every machine.</summary>
    public static IReadOnlyList<string> ArticleFiles(string articlesDirectory) =>
        Directory.EnumerateFiles(articlesDirectory, "*.md")
            .Where(f => string.Equals(Path.GetExtension(f), ".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
}
