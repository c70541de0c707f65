using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Tests.Corpus;

public class CorpusLoaderTests
{
    [Fact]
    public void A_bad_file_is_reported_and_the_good_ones_still_load()
    {
        using var folder = new TempFolder();
        folder.Write("b-good.md", "---\ntitle: Good\nsource: S\npublished: 2023-03-29\n---\nA body.\n");
        var bad = folder.Write("a-bad.md", "---\ntitle: Bad\nsource: S\npublished: yesterday\n---\nA body.\n");
        folder.Write("c-good.md", "---\ntitle: Also good\nsource: S\npublished: 2023-03-30\n---\nAnother body.\n");
        folder.Write("b-good.facts.json", "{ \"not\": \"an article\" }");
        folder.Write("notes.txt", "not an article either");

        var result = CorpusLoader.Load(folder.Path);

        Assert.Equal(["b-good", "c-good"], result.Articles.Select(a => a.Id));
        var error = Assert.Single(result.Errors);
        Assert.Equal(bad, error.FilePath);
        Assert.Equal(4, error.Line);
        Assert.Contains("not a date", error.Message);
    }

    [Fact]
    public void A_missing_folder_is_an_error_not_a_crash()
    {
        var missing = Path.Combine(Path.GetTempPath(), "storybot-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var result = CorpusLoader.Load(missing);

        Assert.Empty(result.Articles);
        var error = Assert.Single(result.Errors);
        Assert.Equal(missing, error.FilePath);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void An_empty_folder_loads_nothing_without_errors()
    {
        using var folder = new TempFolder();

        var result = CorpusLoader.Load(folder.Path);

        Assert.Empty(result.Articles);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Loads_the_other_real_articles_about_the_letter()
    {
        Assert.True(Directory.Exists(RepoPaths.MoreArticles), $"expected the shared articles at {RepoPaths.MoreArticles}");

        var result = CorpusLoader.Load(RepoPaths.MoreArticles);

        Assert.Empty(result.Errors);
        Assert.Equal(["newsweek-2023-03-29", "nytimes-2023-03-29"], result.Articles.Select(a => a.Id));
        Assert.Equal(["Newsweek", "The New York Times"], result.Articles.Select(a => a.Source));
        Assert.All(result.Articles, a => Assert.Equal(new DateTimeOffset(2023, 3, 29, 0, 0, 0, TimeSpan.Zero), a.Published));
        Assert.All(result.Articles, a => Assert.True(a.Paragraphs.Count >= 5));
    }
}
