using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Tests.Facts;

/// <summary>Builds articles for fact tests: body text split into paragraphs on blank lines, <c>## </c> lines as headings.</summary>
internal static class TestArticles
{
    public const string SeedId = "semafor-2023-03-29-musk-open-letter";

    public static Article FromBody(string id, string body, string source = "Test Outlet", string? filePath = null)
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
        return new Article(id, id, source, null, null, null, null, paragraphs, filePath ?? Path.Combine(Path.GetTempPath(), id + ".md"));
    }

    /// <summary>An article file in the shared format: front matter between <c>---</c> lines, then the body.</summary>
    public static Article FromMarkdownFile(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var source = "Unknown";
        var body = text;
        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            foreach (var line in text[4..end].Split('\n'))
                if (line.StartsWith("source:", StringComparison.Ordinal)) source = line[7..].Trim();
            body = text[(end + 5)..];
        }
        return FromBody(Path.GetFileNameWithoutExtension(path), body, source, path);
    }

    /// <summary>
    /// The seed article: the shipped index-data file when the corpus has it, otherwise the raw newsletter text with
    /// its sign-up lines and icon markers dropped and its three section names made headings.
    /// </summary>
    public static Article Seed()
    {
        var shipped = Path.Combine(RepoRoot(), "index-data", "articles", SeedId + ".md");
        if (File.Exists(shipped)) return FromMarkdownFile(shipped);

        var raw = File.ReadAllLines(Path.Combine(SharedStory(), SeedId + ".txt"));
        var start = Array.FindIndex(raw, l => l.Trim() == "The News");
        var body = raw.Skip(start)
            .Where(l => !l.StartsWith("Sign up for", StringComparison.Ordinal) && l.Trim() != "Title icon")
            .Select(l => l.Trim() is "The News" or "Know More" or "Step Back" ? "## " + l.Trim() : l);
        return FromBody(SeedId, string.Join('\n', body), "Semafor", Path.Combine(Path.GetTempPath(), "storybot-facts-seed", SeedId + ".md"));
    }

    public static IReadOnlyList<Article> MoreArticles() =>
        [.. Directory.GetFiles(Path.Combine(SharedStory(), "more"), "*.md").Order().Select(FromMarkdownFile)];

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StoryBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("StoryBot.sln not found above " + AppContext.BaseDirectory);
    }

    public static string SharedStory() => Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "story"));
}
