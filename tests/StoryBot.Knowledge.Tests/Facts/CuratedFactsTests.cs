using StoryBot.Knowledge.Corpus;
using StoryBot.Knowledge.Facts;

namespace StoryBot.Knowledge.Tests.Facts;

/// <summary>A <c>.facts.json</c> beside an article corrects extraction; a broken one is reported and ignored.</summary>
public sealed class CuratedFactsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("storybot-curated-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Article SeedWithCuratedFile(string? json)
    {
        var seed = TestArticles.Seed();
        var article = seed with { FilePath = Path.Combine(folder, TestArticles.SeedId + ".md") };
        if (json is not null) File.WriteAllText(CuratedFacts.PathFor(article.FilePath), json);
        return article;
    }

    [Fact]
    public void The_curated_file_sits_beside_the_article_with_the_same_name()
    {
        Assert.Equal(Path.Combine(folder, "a.facts.json"), CuratedFacts.PathFor(Path.Combine(folder, "a.md")));
    }

    [Fact]
    public void Curated_facts_win_over_extraction()
    {
        var book = FactBook.Build([SeedWithCuratedFile("""
            {
              // a correction for the typo in the seed
              "people": [
                { "name": "Elon Musk", "roles": ["CEO of Tesla and Twitter"] },
                { "name": "Evan Sharp", "signed": false },
                { "name": "Jane Curator", "roles": ["editor"], "signed": true },
                { "name": "staff at Example Lab", "kind": "group", "signed": true }
              ],
              "organisations": [ { "name": "Future of Life Institute", "description": "a nonprofit" } ],
              "quotes": [ { "speaker": "Jane Curator", "text": "Curated words." } ],
              "figures": [ { "label": "signatures", "value": "over 1,100" } ],
              "remove": { "signatories": ["Wozniak"], "quotes": ["the letter"] }
            }
            """)]);

        Assert.Empty(book.Errors);
        Assert.Equal(["CEO of Tesla and Twitter"], book.FindPerson("Musk")!.Roles);
        Assert.Equal("Elon Musk", book.RoleHolder("CEO", "Tesla")?.Name);
        Assert.False(book.FindPerson("Evan Sharp")!.IsSignatory);
        Assert.False(book.FindPerson("Steve Wozniak")!.IsSignatory);
        Assert.True(book.FindPerson("Jane Curator")!.IsSignatory);
        Assert.Equal(EntityKind.Group, book.FindPerson("staff at Example Lab")!.Kind);
        Assert.Contains("a nonprofit", book.FindOrganisation("Future of Life Institute")!.Roles);
        Assert.Equal("Curated words.", Assert.Single(book.QuotesBy("Jane Curator")).Text);
        Assert.Empty(book.QuotesBy("the letter"));
        Assert.Contains(book.Figures, f => f.Label == "signatures" && f.Value == "over 1,100");
        Assert.Equal(2, book.QuotesBy("Mostaque").Count);
    }

    [Fact]
    public void Curated_roles_also_win_over_roles_extracted_from_other_articles()
    {
        var book = FactBook.Build([
            SeedWithCuratedFile("""{ "people": [ { "name": "Steve Wozniak", "roles": ["Apple co-founder"] } ] }"""),
            .. TestArticles.MoreArticles()]);

        Assert.Equal(["Apple co-founder"], book.FindPerson("Wozniak")!.Roles);
    }

    [Fact]
    public void A_malformed_curated_file_is_reported_with_its_name_and_line_and_extraction_is_used()
    {
        var article = SeedWithCuratedFile("""
            {
              "people": [
                { "name": "Elon Musk", "roles": ["x"] ,
              ]
            """);

        var book = FactBook.Build([article]);

        var error = Assert.Single(book.Errors);
        Assert.Equal(CuratedFacts.PathFor(article.FilePath), error.FilePath);
        Assert.True(error.Line >= 3, $"line {error.Line}");
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("Telsa and Twitter CEO", book.FindPerson("Musk")!.Roles);
        Assert.Equal(6, book.Signatories.Count);
    }

    [Fact]
    public void A_curated_person_without_a_name_is_a_clear_error()
    {
        var article = SeedWithCuratedFile("""{ "people": [ { "roles": ["CEO"] } ] }""");

        var error = Assert.Single(FactBook.Build([article]).Errors);

        Assert.Contains("needs a \"name\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(".facts.json", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_curated_file_the_article_is_extracted_as_is()
    {
        var book = FactBook.Build([SeedWithCuratedFile(null)]);

        Assert.Empty(book.Errors);
        Assert.Contains("Telsa and Twitter CEO", book.FindPerson("Musk")!.Roles);
    }
}
