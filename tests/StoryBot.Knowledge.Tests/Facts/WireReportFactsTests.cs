using StoryBot.Knowledge.Facts;

namespace StoryBot.Knowledge.Tests.Facts;

/// <summary>A wire-style report written in the test: names without titles, surname-only speakers, refusals.</summary>
public class WireReportFactsTests
{
    private const string Body = """
        Elon Musk and a group of artificial intelligence experts and industry executives are calling for a six-month pause in developing systems more powerful than OpenAI's newly launched GPT-4, in an open letter citing potential risks to society and humanity.

        The letter, issued by the non-profit Future of Life Institute and signed by more than 1,000 people including Musk, called for a pause on advanced AI development until shared safety protocols for such designs were developed, implemented and audited by independent experts.

        "Powerful AI systems should be developed only once we are confident that their effects will be positive and their risks will be manageable," the letter said.

        Co-signatories included Stability AI CEO Emad Mostaque, researchers at Alphabet-owned DeepMind, and AI heavyweights Yoshua Bengio, often referred to as one of the "godfathers of AI", and Stuart Russell, a pioneer of research in the field.

        OpenAI CEO Sam Altman hasn't signed the letter, a spokesperson at Future of Life told Reuters.

        "The letter isn't perfect, but the spirit is right: we need to slow down until we better understand the ramifications," said Gary Marcus, a professor at New York University who signed the letter.

        Since its release last year, Microsoft-backed OpenAI's ChatGPT has prompted rivals to accelerate developing similar large language models.

        Musk, whose carmaker Tesla is using AI for an autopilot system, has been vocal about his concerns about AI.

        Yann LeCun, chief AI scientist at Meta, said on Twitter that he did not sign the letter and disagreed with its premise.

        "We've reached the point where these systems are smart enough that they can be used in ways that are dangerous for society," Bengio, director of the University of Montreal's Montreal Institute for Learning Algorithms, told Reuters.
        """;

    private static readonly Lazy<FactBook> Book = new(() => FactBook.Build([TestArticles.FromBody("wire", Body)]));

    private static FactBook Facts => Book.Value;

    [Fact]
    public void A_name_given_without_a_title_is_a_person_when_the_article_uses_the_surname_too()
    {
        var musk = Facts.FindPerson("Musk");

        Assert.NotNull(musk);
        Assert.Equal("Elon Musk", musk.Name);
        Assert.True(musk.IsSignatory);
    }

    [Fact]
    public void Signers_named_after_a_descriptive_word_in_a_list_are_found()
    {
        Assert.Equal(
            ["Elon Musk", "Emad Mostaque", "researchers at Alphabet-owned DeepMind", "Yoshua Bengio", "Stuart Russell", "Gary Marcus"],
            Facts.Signatories.Select(p => p.Name));
    }

    [Fact]
    public void People_who_say_they_did_not_sign_are_not_signatories()
    {
        Assert.False(Facts.FindPerson("Yann LeCun")!.IsSignatory);
        Assert.False(Facts.FindPerson("Sam Altman")!.IsSignatory);
        Assert.Contains("chief AI scientist at Meta", Facts.FindPerson("LeCun")!.Roles);
    }

    [Fact]
    public void A_surname_speaker_and_a_surname_appositive_resolve_to_the_full_name()
    {
        var bengio = Facts.FindPerson("Bengio");

        Assert.NotNull(bengio);
        Assert.StartsWith("We've reached the point", Assert.Single(Facts.QuotesBy("Yoshua Bengio")).Text, StringComparison.Ordinal);
        Assert.Contains(bengio.Roles, r => r.StartsWith("director of the University of Montreal", StringComparison.Ordinal));
        Assert.StartsWith("Powerful AI systems", Assert.Single(Facts.QuotesBy("the letter")).Text, StringComparison.Ordinal);
    }
}
