using System.Globalization;
using System.Text.RegularExpressions;
using StoryBot.Knowledge.Corpus;

namespace StoryBot.Benchmarks.Corpus;

/// <summary>
/// Generates articles from real story sentences with other names and numbers, reproducibly: article <c>i</c>
/// depends only on the seed and <c>i</c>, so the first 100 of a 10,000-article corpus are the 100-article corpus.
/// </summary>
public sealed partial class SyntheticCorpus(IReadOnlyList<string> sentences, int seed = SyntheticCorpus.DefaultSeed)
{
    private readonly HashSet<string> lowerCaseWords = sentences
        .SelectMany(s => Word().Matches(s).Select(m => m.Value))
        .Where(w => char.IsLower(w[0]))
        .ToHashSet(StringComparer.Ordinal);

    public const int DefaultSeed = 20230329;

    private static readonly string[] Headings =
        ["The News", "Know More", "Step Back", "The View", "What's Next", "Room for Disagreement", "Background"];

    private static readonly string[] OutletSuffixes = ["News", "Times", "Post", "Daily", "Wire", "Journal"];

    private static readonly DateTimeOffset FirstDay = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Sentences borrowed from <c>shared/story</c>.</summary>
    public static SyntheticCorpus FromSharedStory(int seed = DefaultSeed) =>
        new(SourceSentences.Load(RepoPaths.SharedStory), seed);

    public IEnumerable<SyntheticArticle> Generate(int count) => Enumerable.Range(0, count).Select(Article);

    /// <summary>The generated articles as the parser would return them, without touching the disk.</summary>
    public IReadOnlyList<Article> Articles(int count) =>
        Generate(count).Select(a => a.ToArticle(Path.Combine("synthetic", a.FileName))).ToList();

    /// <summary>Writes <paramref name="count"/> article files into <paramref name="directory"/> and returns it.</summary>
    public string WriteTo(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        foreach (var article in Generate(count))
        {
            File.WriteAllText(Path.Combine(directory, article.FileName), article.ToMarkdown());
        }

        return directory;
    }

    public SyntheticArticle Article(int index)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var substitution = new Substitution(random, lowerCaseWords);

        var outlet = $"{substitution.InventWord()} {OutletSuffixes[random.Next(OutletSuffixes.Length)]}";
        var published = FirstDay.AddDays(random.Next(0, 730));
        var id = $"synthetic-{index:D5}";
        var title = Headline(substitution.Apply(Pick(random)));

        var paragraphs = new List<SyntheticParagraph>();
        string? heading = null;
        var paragraphCount = random.Next(6, 19);
        for (var p = 0; p < paragraphCount; p++)
        {
            if (p > 0 && random.NextDouble() < 0.25)
            {
                heading = Headings[random.Next(Headings.Length)];
            }

            // Consecutive source sentences keep a paragraph's prose coherent.
            var start = random.Next(sentences.Count);
            var length = random.Next(1, 4);
            var text = string.Join(' ', Enumerable.Range(start, length)
                .Select(i => substitution.Apply(sentences[i % sentences.Count])));
            paragraphs.Add(new SyntheticParagraph(heading, text));
        }

        var slug = string.Join('-', title.ToLowerInvariant().Split(' ').Take(6).Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray())));
        var url = string.Create(CultureInfo.InvariantCulture,
            $"https://{outlet.Replace(' ', '-').ToLowerInvariant()}.example/{published:yyyy/MM}/{slug}");
        return new SyntheticArticle(id, title, outlet, url, published, paragraphs);
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    private string Pick(Random random) => sentences[random.Next(sentences.Count)];

    private static string Headline(string sentence)
    {
        var words = sentence.TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(12)).Trim('"', '“', '”');
    }
}
