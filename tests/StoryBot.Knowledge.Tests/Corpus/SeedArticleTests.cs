using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Tests.Corpus;

public class SeedArticleTests
{
    private static readonly Article Seed = LoadSeed();

    private static Article LoadSeed()
    {
        var result = CorpusLoader.Load(RepoPaths.SeedArticles);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Articles);
    }

    [Fact]
    public void Carries_the_story_metadata()
    {
        Assert.Equal("semafor-2023-03-29-musk-open-letter", Seed.Id);
        Assert.Equal("Elon Musk signs open letter calling for a pause on AI training", Seed.Title);
        Assert.Equal("Semafor", Seed.Source);
        Assert.Equal(new DateTimeOffset(2023, 3, 29, 10, 27, 0, TimeSpan.FromHours(-4)), Seed.Published);
        Assert.Equal("Technology", Seed.Section);
        Assert.Equal("NTB/Carina Johansen via REUTERS", Seed.PhotoCredit);
        Assert.StartsWith("https://www.semafor.com/", Seed.Url);
    }

    [Fact]
    public void Keeps_the_three_sections_as_headings()
    {
        Assert.Equal(["The News", "Know More", "Step Back"], Seed.Paragraphs.Select(p => p.Heading).Distinct());
        Assert.Equal(13, Seed.Paragraphs.Count);
        Assert.Equal(Enumerable.Range(1, 13), Seed.Paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void Drops_newsletter_and_layout_lines()
    {
        var body = string.Join("\n", Seed.Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain("Title icon", body);
        Assert.DoesNotContain("Sign up", body);
        Assert.DoesNotContain("Read it now", body);
    }

    [Theory]
    [InlineData("The News", "Telsa and Twitter CEO Elon Musk CEO joined Apple co-founder Steve Wozniak and hundreds of other people in urging artificial intelligence labs to stop training powerful machine learning models for at least six months.")]
    [InlineData("Know More", "In addition to Musk and Wozniak, other apparent signatories include Pinterest cofounder Evan Sharp, Bulletin of the Atomic Scientists President Rachel Bronson, and several other figures in tech and academia.")]
    [InlineData("Know More", "As of Wednesday morning, over 1,100 people had added their names to the letter.")]
    [InlineData("Know More", "\"Time to take a breath, coordinate and carry on,\" he added.")]
    [InlineData("Step Back", "Musk proposed running OpenAI himself, but the other founders rejected that idea, so Musk walked away from the company.")]
    public void Keeps_sentences_word_for_word(string heading, string sentence)
    {
        var paragraph = Assert.Single(Seed.Paragraphs, p => p.Text.Contains(sentence, StringComparison.Ordinal));
        Assert.Equal(heading, paragraph.Heading);
    }

    [Fact]
    public void Keeps_every_line_of_the_raw_story_body()
    {
        var raw = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "story", "semafor-2023-03-29-musk-open-letter.txt"));
        var bodyLines = File.ReadAllLines(raw)
            .Select(l => l.Trim())
            .SkipWhile(l => l != "The News")
            .Where(l => l.Length > 0 && l != "Title icon" && !l.StartsWith("Sign up", StringComparison.Ordinal)
                        && l is not ("The News" or "Know More" or "Step Back"));

        Assert.Equal(bodyLines, Seed.Paragraphs.Select(p => p.Text));
    }
}
