using StoryBot.Knowledge.Facts;

namespace StoryBot.Knowledge.Tests.Facts;

/// <summary>The seed article must come out right with no curated file, its typos included.</summary>
public class SeedArticleFactsTests
{
    private static readonly Lazy<FactBook> Book = new(() => FactBook.Build([TestArticles.Seed()]));

    private static FactBook Facts => Book.Value;

    [Theory]
    [InlineData("Elon Musk", "Telsa and Twitter CEO")]
    [InlineData("Steve Wozniak", "Apple co-founder")]
    [InlineData("Evan Sharp", "Pinterest cofounder")]
    [InlineData("Rachel Bronson", "Bulletin of the Atomic Scientists President")]
    [InlineData("Emad Mostaque", "CEO of Stability AI")]
    [InlineData("Sam Altman", "CEO of OpenAI")]
    public void Every_person_is_found_with_the_role_the_article_gives(string name, string role)
    {
        var person = Facts.FindPerson(name);

        Assert.NotNull(person);
        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains(role, person.Roles);
    }

    [Fact]
    public void The_duplicated_title_after_Musks_name_does_not_become_a_second_role_or_part_of_his_name()
    {
        var musk = Facts.FindPerson("Musk");

        Assert.NotNull(musk);
        Assert.Equal("Elon Musk", musk.Name);
        Assert.DoesNotContain(musk.Roles, r => r.EndsWith("Musk CEO", StringComparison.Ordinal) || r == "CEO");
    }

    [Fact]
    public void Only_the_people_the_article_names_are_people()
    {
        var names = Facts.People.Where(p => p.Kind == EntityKind.Person).Select(p => p.Name).Order();

        Assert.Equal(["Elon Musk", "Emad Mostaque", "Evan Sharp", "Rachel Bronson", "Sam Altman", "Steve Wozniak"], names);
    }

    [Fact]
    public void Signatories_are_the_five_named_signers_and_the_DeepMind_researchers_in_reading_order()
    {
        var signatories = Facts.Signatories.Select(p => p.Name);

        Assert.Equal(
            ["Elon Musk", "Steve Wozniak", "Evan Sharp", "Rachel Bronson", "researchers at DeepMind", "Emad Mostaque"],
            signatories);
    }

    [Fact]
    public void Sam_Altman_is_mentioned_but_did_not_sign()
    {
        var altman = Facts.FindPerson("Sam Altman");

        Assert.NotNull(altman);
        Assert.False(altman.IsSignatory);
        Assert.Contains(Facts.NonSignatories, p => p.Name == "Sam Altman");
        Assert.Contains(altman.Sources, s => s.Sentence.Contains("feud with OpenAI", StringComparison.Ordinal));
    }

    [Fact]
    public void The_DeepMind_researchers_are_a_signing_group()
    {
        var group = Facts.FindPerson("researchers at DeepMind");

        Assert.NotNull(group);
        Assert.Equal(EntityKind.Group, group.Kind);
        Assert.True(group.IsSignatory);
        Assert.Same(group, Facts.FindPerson("DeepMind researchers"));
    }

    [Fact]
    public void The_letter_is_quoted_as_its_own_speaker()
    {
        var quote = Assert.Single(Facts.QuotesBy("the letter"));

        Assert.Equal("the letter", quote.Speaker);
        Assert.StartsWith("locked in an out-of-control race", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("reliably control.", quote.Text, StringComparison.Ordinal);
        Assert.Contains("organized by the Future of Life Institute", quote.Source.Sentence, StringComparison.Ordinal);
        Assert.Equal(2, quote.Source.ParagraphNumber);
    }

    [Fact]
    public void Mostaque_is_credited_with_both_his_quotes_including_the_one_after_he_added()
    {
        var quotes = Facts.QuotesBy("Mostaque").Select(q => q.Text).ToList();

        Assert.Equal(2, quotes.Count);
        Assert.Equal("is not safe for something the creators consider as potentially an existential risk.", quotes[0]);
        Assert.Equal("Time to take a breath, coordinate and carry on", quotes[1]);
        Assert.Equal(quotes, Facts.QuotesBy("Emad Mostaque").Select(q => q.Text));
    }

    [Fact]
    public void Every_quote_in_the_article_is_found_and_attributed()
    {
        Assert.Equal(3, Facts.Quotes.Count);
        Assert.All(Facts.Quotes, q => Assert.Contains(q.Speaker, new[] { "the letter", "Emad Mostaque" }));
    }

    [Fact]
    public void Quotes_carry_the_sentence_they_come_from()
    {
        var added = Facts.Quotes.Single(q => q.Text.StartsWith("Time to take a breath", StringComparison.Ordinal));

        Assert.Equal(TestArticles.SeedId, added.Source.ArticleId);
        Assert.Contains("he added", added.Source.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("over 1,100 people", "added their names")]
    [InlineData("at least six months", "stop training")]
    [InlineData("more powerful than GPT-4", "threshold")]
    public void Key_figures_are_found_with_what_they_measure(string value, string labelOrContext)
    {
        var figure = Facts.Figures.SingleOrDefault(f => f.Value == value);

        Assert.NotNull(figure);
        Assert.Contains(labelOrContext, figure.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_and_model_numbers_are_not_key_figures()
    {
        Assert.DoesNotContain(Facts.Figures, f => f.Value.Contains("2018", StringComparison.Ordinal));
        Assert.DoesNotContain(Facts.Figures, f => f.Value == "4" || f.Value.StartsWith("4 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Future of Life Institute", "organized the letter")]
    [InlineData("DeepMind", "an AI research lab that's a subsidiary of Google's parent company")]
    [InlineData("Stability AI", "the company behind the popular text-to-image model Stable Diffusion")]
    public void Organisations_are_found_with_what_the_article_says_they_are(string name, string description)
    {
        var organisation = Facts.FindOrganisation(name);

        Assert.NotNull(organisation);
        Assert.Equal(EntityKind.Organisation, organisation.Kind);
        Assert.Contains(description, organisation.Roles);
    }

    [Fact]
    public void OpenAI_is_an_organisation_not_a_person()
    {
        Assert.NotNull(Facts.FindOrganisation("OpenAI"));
        Assert.DoesNotContain(Facts.People, p => p.Name.Contains("OpenAI", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CEO", "Stability AI", "Emad Mostaque")]
    [InlineData("CEO", "OpenAI", "Sam Altman")]
    [InlineData("heads", "Bulletin of the Atomic Scientists", "Rachel Bronson")]
    [InlineData("head", "the Bulletin of the Atomic Scientists", "Rachel Bronson")]
    [InlineData("runs", "OpenAI", "Sam Altman")]
    [InlineData("founder", "Pinterest", "Evan Sharp")]
    [InlineData("co-founder", "Apple", "Steve Wozniak")]
    [InlineData("CEO", "Twitter", "Elon Musk")]
    public void RoleHolder_answers_who_holds_a_title_at_an_organisation(string title, string organisation, string expected)
    {
        Assert.Equal(expected, Facts.RoleHolder(title, organisation)?.Name);
    }

    [Fact]
    public void RoleHolder_is_null_when_the_story_names_nobody_in_that_role()
    {
        Assert.Null(Facts.RoleHolder("CEO", "Google"));
        Assert.Null(Facts.RoleHolder("president", "Stability AI"));
    }

    [Theory]
    [InlineData("Elon Musk", "Elon Musk")]
    [InlineData("musk", "Elon Musk")]
    [InlineData("Musk's", "Elon Musk")]
    [InlineData("WOZNIAK", "Steve Wozniak")]
    [InlineData("Rachel", "Rachel Bronson")]
    public void FindPerson_accepts_full_names_surnames_and_any_case(string query, string expected)
    {
        Assert.Equal(expected, Facts.FindPerson(query)?.Name);
    }

    [Theory]
    [InlineData("Sundar Pichai")]
    [InlineData("Mark Zuckerberg")]
    [InlineData("")]
    public void FindPerson_is_null_for_people_the_story_does_not_name(string query)
    {
        Assert.Null(Facts.FindPerson(query));
        Assert.Empty(Facts.QuotesBy(query));
    }

    [Fact]
    public void FactsAbout_summarises_role_signature_and_quotes()
    {
        var facts = Facts.FactsAbout("Mostaque");

        Assert.Contains("Emad Mostaque: CEO of Stability AI", facts);
        Assert.Contains("Emad Mostaque signed.", facts);
        Assert.Contains(facts, f => f.Contains("existential risk", StringComparison.Ordinal));
        Assert.Contains("Sam Altman is not named as a signatory.", Facts.FactsAbout("Altman"));
    }

    [Fact]
    public void Signatories_carry_the_sentence_that_says_they_signed()
    {
        var sharp = Facts.FindPerson("Evan Sharp");

        Assert.NotNull(sharp);
        Assert.Contains(sharp.Sources, s => s.Sentence.Contains("signatories include", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What did mostaque say about the AI race?", "Emad Mostaque")]
    [InlineData("Did Sam Altman sign?", "Sam Altman")]
    [InlineData("Is Musk's feud with Altman mentioned?", "Elon Musk,Sam Altman")]
    [InlineData("Did DeepMind researchers sign the letter?", "researchers at DeepMind")]
    [InlineData("What did Mark Zuckerberg say?", "")]
    [InlineData("", "")]
    public void PeopleMentionedIn_finds_the_story_people_a_question_names(string question, string expected)
    {
        var names = Facts.PeopleMentionedIn(question).Select(p => p.Name);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), names);
    }

    [Fact]
    public void OrganisationsMentionedIn_finds_the_organisations_a_question_names()
    {
        Assert.Equal(["Stability AI"], Facts.OrganisationsMentionedIn("Who runs stability ai?").Select(o => o.Name));
        Assert.Equal(["Future of Life Institute"], Facts.OrganisationsMentionedIn("What is the Future of Life Institute?").Select(o => o.Name));
    }
}

