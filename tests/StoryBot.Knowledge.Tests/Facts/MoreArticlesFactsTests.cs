using StoryBot.Knowledge.Facts;

namespace StoryBot.Knowledge.Tests.Facts;

/// <summary>Two other outlets' articles about the same letter, alone and together with the seed.</summary>
public class MoreArticlesFactsTests
{
    private static readonly Lazy<FactBook> Book = new(() => FactBook.Build([TestArticles.Seed(), .. TestArticles.MoreArticles()]));

    private static FactBook Facts => Book.Value;

    [Fact]
    public void Andrew_Yang_signed_with_the_role_the_Times_gives_him()
    {
        var yang = Facts.FindPerson("Andrew Yang");

        Assert.NotNull(yang);
        Assert.True(yang.IsSignatory);
        Assert.Contains("entrepreneur and a 2020 presidential candidate", yang.Roles);
    }

    [Fact]
    public void Gary_Marcus_is_quoted_twice_but_is_not_a_signatory()
    {
        var marcus = Facts.FindPerson("Marcus");

        Assert.NotNull(marcus);
        Assert.False(marcus.IsSignatory);
        Assert.Equal(
            ["These things are shaping our world", "We have a perfect storm of corporate irresponsibility, widespread adoption, lack of regulation and a huge number of unknowns."],
            Facts.QuotesBy("Gary Marcus").Select(q => q.Text));
    }

    [Fact]
    public void Sam_Altman_is_quoted_in_Newsweek_through_he_told_and_did_not_sign()
    {
        var quote = Assert.Single(Facts.QuotesBy("Altman"));

        Assert.StartsWith("We have, I think, been talking about these issues the loudest", quote.Text, StringComparison.Ordinal);
        Assert.Equal("newsweek-2023-03-29", quote.Source.ArticleId);
        Assert.False(Facts.FindPerson("Sam Altman")!.IsSignatory);
    }

    [Fact]
    public void The_same_person_across_articles_is_one_entry_with_every_role_and_source()
    {
        var musk = Assert.Single(Facts.People, p => p.Name == "Elon Musk");

        Assert.True(musk.IsSignatory);
        Assert.Contains("Telsa and Twitter CEO", musk.Roles);
        Assert.Contains("Tesla CEO", musk.Roles);
        Assert.Equal(3, musk.Sources.Select(s => s.ArticleId).Distinct().Count());
        Assert.Single(Facts.People, p => p.Name == "Steve Wozniak");
    }

    [Fact]
    public void Each_article_quotes_the_letter_and_the_source_names_the_article()
    {
        var byArticle = Facts.QuotesBy("the letter").Select(q => q.Source.ArticleId).Distinct().Order();

        Assert.Equal(["nytimes-2023-03-29", TestArticles.SeedId], byArticle);
    }

    [Fact]
    public void Every_article_alone_yields_its_own_signatories()
    {
        var times = FactBook.Build([.. TestArticles.MoreArticles().Where(a => a.Source == "The New York Times")]);
        var newsweek = FactBook.Build([.. TestArticles.MoreArticles().Where(a => a.Source == "Newsweek")]);

        Assert.Equal(["Andrew Yang", "Elon Musk", "Rachel Bronson", "Steve Wozniak"], times.Signatories.Select(p => p.Name).Order());
        Assert.Equal(["Elon Musk"], newsweek.Signatories.Select(p => p.Name));
        Assert.Contains("president of the Bulletin of the Atomic Scientists", times.FindPerson("Bronson")!.Roles);
    }

    [Fact]
    public void Figures_from_every_outlet_are_kept_with_their_source()
    {
        Assert.Contains(Facts.Figures, f => f.Value == "six months" && f.Label == "pause" && f.Source.ArticleId == "newsweek-2023-03-29");
        Assert.Contains(Facts.Figures, f => f.Value.Contains("1,000", StringComparison.Ordinal) && f.Source.ArticleId == "nytimes-2023-03-29");
    }
}
