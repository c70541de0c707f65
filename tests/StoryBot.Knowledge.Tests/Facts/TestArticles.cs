using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Tests.Facts;

/// <summary>Builds articles for fact tests: body text split into paragraphs on blank lines, <c>## </c> lines as headings.</summary>
internal static class TestArticles
{
    public const string SeedId = "semafor-2023-03-29-musk-open-letter";

    public static Article FromBody(string id, string body, string source = "Test Outlet")
    {
        var paragraphs = new List<Paragraph>();
        string? heading = null;
        var lines = body.Replace("\r\n", "\n").Split('\n');
        var current = new List<string>();
        var startLine = 0;
        void Flush()
        {
            if (current.Count > 0) paragraphs.Add(new Paragraph(paragraphs.Count + 1, heading, string.Join(' ', current), startLine));
            current.Clear();
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) { Flush(); continue; }
            if (line.StartsWith("## ", StringComparison.Ordinal)) { Flush(); heading = line[3..].Trim(); continue; }
            if (current.Count == 0) startLine = i + 1;
            current.Add(line);
        }
        Flush();
        return new Article(id, id, source, null, null, null, null, paragraphs, Path.Combine(Path.GetTempPath(), "storybot-facts-tests", id + ".md"));
    }

    /// <summary>An article file in the index-data format, read by the real parser.</summary>
    public static Article FromMarkdownFile(string path) => ArticleParser.Parse(File.ReadAllText(path), path);

    /// <summary>The seed article as shipped in index-data.</summary>
    public static Article Seed() => FromMarkdownFile(RepoPaths.SeedArticle);

    /// <summary>Other outlets' articles about the same letter, kept beside the repository.</summary>
    public static IReadOnlyList<Article> MoreArticles() =>
        [.. Directory.GetFiles(RepoPaths.MoreArticles, "*.md").Order().Select(FromMarkdownFile)];
}
