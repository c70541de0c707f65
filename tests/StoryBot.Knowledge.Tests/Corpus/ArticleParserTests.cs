using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Tests.Corpus;

public class ArticleParserTests
{
    private const string File = "/data/articles/example-story.md";

    private const string Valid = """
        ---
        title: A valid article
        source: Example Times
        url: https://example.com/story
        published: 2024-05-01T09:30:00+02:00
        section: Science
        photo_credit: Jane Doe/Agency
        unknown_key: tolerated
        ---
        First paragraph, line one
        continues on line two.

        ## Background

        Second paragraph.

        Third paragraph.
        """;

    [Fact]
    public void Reads_front_matter_fields()
    {
        var article = ArticleParser.Parse(Valid, File);

        Assert.Equal("example-story", article.Id);
        Assert.Equal("A valid article", article.Title);
        Assert.Equal("Example Times", article.Source);
        Assert.Equal("https://example.com/story", article.Url);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal("Science", article.Section);
        Assert.Equal("Jane Doe/Agency", article.PhotoCredit);
        Assert.Equal(File, article.FilePath);
    }

    [Fact]
    public void Splits_body_into_numbered_paragraphs_under_headings()
    {
        var article = ArticleParser.Parse(Valid, File);

        Assert.Equal(
            [
                new Paragraph(1, null, "First paragraph, line one continues on line two.", 10),
                new Paragraph(2, "Background", "Second paragraph.", 15),
                new Paragraph(3, "Background", "Third paragraph.", 17),
            ],
            article.Paragraphs);
    }

    [Fact]
    public void Optional_fields_may_be_absent_and_a_date_alone_is_enough()
    {
        var article = ArticleParser.Parse("---\ntitle: T\nsource: S\npublished: 2023-03-29\n---\nBody.\n", File);

        Assert.Null(article.Url);
        Assert.Null(article.Section);
        Assert.Null(article.PhotoCredit);
        Assert.Equal(new DateTimeOffset(2023, 3, 29, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Accepts_windows_line_endings_a_byte_order_mark_and_quoted_values()
    {
        var text = "\uFEFF---\r\ntitle: \"Quoted: with colon\"\r\nsource: S\r\npublished: 2023-03-29\r\n---\r\nOne.\r\n\r\nTwo.\r\n";

        var article = ArticleParser.Parse(text, File);

        Assert.Equal("Quoted: with colon", article.Title);
        Assert.Equal(["One.", "Two."], article.Paragraphs.Select(p => p.Text));
        Assert.Equal(8, article.Paragraphs[1].Line);
    }

    [Theory]
    [InlineData("title: T\nsource: S\npublished: 2023-03-29\nBody.", 1, "missing front matter")]
    [InlineData("", 1, "missing front matter")]
    [InlineData("---\ntitle: T\nsource: S\npublished: 2023-03-29\nBody.", 1, "never closed")]
    [InlineData("---\nsource: S\npublished: 2023-03-29\n---\nBody.", 4, "no 'title'")]
    [InlineData("---\ntitle: T\npublished: 2023-03-29\n---\nBody.", 4, "no 'source'")]
    [InlineData("---\ntitle: T\nsource: S\n---\nBody.", 4, "no 'published'")]
    [InlineData("---\ntitle:\nsource: S\npublished: 2023-03-29\n---\nBody.", 5, "no 'title'")]
    [InlineData("---\ntitle: T\nsource: S\npublished: March 29th\n---\nBody.", 4, "not a date")]
    [InlineData("---\ntitle: T\nsource: S\npublished: 2023-02-30\n---\nBody.", 4, "not a date")]
    [InlineData("---\ntitle: T\nsource: S\npublished: 2023-03-29T10:27:00\n---\nBody.", 4, "not a date")]
    [InlineData("---\ntitle: T\nsource: S\npublished: 2023-03-29\n---\n\n\n", 6, "no body")]
    [InlineData("---\ntitle: T\nsource: S\npublished: 2023-03-29\n---\n## Only a heading\n", 6, "no body")]
    [InlineData("---\ntitle: T\nthis line has no colon\nsource: S\npublished: 2023-03-29\n---\nBody.", 3, "expected 'key: value'")]
    [InlineData("---\ntitle: T\ntitle: U\nsource: S\npublished: 2023-03-29\n---\nBody.", 3, "twice")]
    [InlineData("---\ntitle: T\nsource: S\nurl: not a url\npublished: 2023-03-29\n---\nBody.", 4, "not an absolute")]
    public void Rejects_malformed_articles_naming_file_and_line(string text, int line, string message)
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse(text, File));

        Assert.Equal(new CorpusError(File, line, error.Error.Message), error.Error);
        Assert.Contains(message, error.Error.Message);
        Assert.StartsWith($"{File}:{line}: ", error.Message);
    }
}
