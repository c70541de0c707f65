namespace StoryBot.Benchmarks.Corpus;

/// <summary>
/// Real sentences from the story texts in <c>shared/story</c>: the raw article and the extra articles in
/// <c>more/</c>. Front matter, headings, captions and sign-up lines are left out; what remains is body prose.
/// </summary>
public static class SourceSentences
{
    private const int MinimumWords = 6;

    public static IReadOnlyList<string> Load(string storyDirectory)
    {
        if (!Directory.Exists(storyDirectory))
        {
            throw new DirectoryNotFoundException($"The story texts are missing: {storyDirectory}");
        }

        var files = Directory.EnumerateFiles(storyDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        var sentences = new List<string>();
        foreach (var file in files)
        {
            foreach (var line in BodyLines(File.ReadAllLines(file)))
            {
                sentences.AddRange(SentenceSplitter.Split(line).Where(s => WordCount(s) >= MinimumWords));
            }
        }

        if (sentences.Count == 0)
        {
            throw new InvalidDataException($"No body sentences found under {storyDirectory}");
        }

        return sentences;
    }

    private static IEnumerable<string> BodyLines(string[] lines)
    {
        var start = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
            start = end < 0 ? 0 : end + 1;
        }

        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("Sign up", StringComparison.Ordinal))
            {
                continue;
            }

            yield return line;
        }
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
