namespace StoryBot.Tests.Support;

/// <summary>A throwaway index-data folder holding articles written by a test.</summary>
public sealed class TestIndexData : IDisposable
{
    public TestIndexData(params (string FileName, string Text)[] articles)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "storybot-tests", Guid.NewGuid().ToString("N"), "index-data");
        ArticlesDirectory = Path.Combine(DataDirectory, "articles");
        Directory.CreateDirectory(ArticlesDirectory);
        foreach (var (fileName, text) in articles)
            File.WriteAllText(Path.Combine(ArticlesDirectory, fileName), text);
    }

    public string DataDirectory { get; }
    public string ArticlesDirectory { get; }

    public static TestIndexData WithLighthouseStory() => new(("harbour-lighthouse.md", LighthouseStory.Markdown));

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(DataDirectory)!, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>
/// An article invented for these tests, with its own people, quotes and figures, so nothing here depends on the
/// story the bot ships with.
/// </summary>
public static class LighthouseStory
{
    public const string Title = "Harbour town votes to close its lighthouse";
    public const string Outlet = "Coastal Herald";
    public const string Url = "https://example.org/news/harbour-lighthouse";

    public const string Markdown = """
        ---
        title: Harbour town votes to close its lighthouse
        source: Coastal Herald
        url: https://example.org/news/harbour-lighthouse
        published: 2024-05-02T09:15:00+01:00
        section: Local
        ---
        ## The News

        The Eastpoint town council voted seven to two on Tuesday to close the Eastpoint lighthouse by the end of the year.

        Mayor Jane Holloway said the lighthouse costs the town more than 80,000 pounds a year to run.

        "We cannot keep a light burning that no ship needs," Holloway said.

        ## Reaction

        Harbourmaster Tom Reyes signed a petition to keep the lighthouse open, calling the decision short-sighted.

        The petition, organized by the Eastpoint Heritage Trust, gathered over 2,400 signatures in three weeks.

        "The lighthouse is the reason visitors come here at all," Reyes said.

        Local fishermen said the lighthouse still guides small boats home in fog.
        """;
}
