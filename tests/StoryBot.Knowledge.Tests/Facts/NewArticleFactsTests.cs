using StoryBot.Knowledge.Facts;

namespace StoryBot.Knowledge.Tests.Facts;

/// <summary>An article with other people, organisations and phrasings: nothing is tied to the seed story.</summary>
public class NewArticleFactsTests
{
    private const string Body = """
        ## The News

        Acme Robotics CEO Maria Lopez has signed a petition calling for a 90-day halt on autonomous drone sales.

        The petition, organized by the Open Skies Coalition, warns that drone makers are "racing to build machines that nobody can fully oversee."

        “We cannot wait for the first disaster,” Lopez said in a statement. “Rules have to come first.”

        Other signers include Tom Becker, a professor of robotics at Northfield University, and engineers at SkyForge.

        ## The Other Side

        Priya Natarajan, chief executive of SkyForge, did not sign the petition.

        "Pausing now would only help our competitors," said Natarajan, who has met with Becker twice.

        She told reporters: "Regulation should be smart, not fast."

        Nearly 2,500 people had put their names to the petition by Friday, according to the coalition.
        """;

    private static readonly Lazy<FactBook> Book = new(() => FactBook.Build([TestArticles.FromBody("drones-2024", Body)]));

    private static FactBook Facts => Book.Value;

    [Theory]
    [InlineData("Maria Lopez", "Acme Robotics CEO")]
    [InlineData("Tom Becker", "professor of robotics at Northfield University")]
    [InlineData("Priya Natarajan", "chief executive of SkyForge")]
    public void People_and_roles_come_from_the_text(string name, string role)
    {
        var person = Facts.FindPerson(name);

        Assert.NotNull(person);
        Assert.Contains(role, person.Roles);
    }

    [Fact]
    public void Signers_include_list_items_and_a_group_but_not_someone_who_did_not_sign()
    {
        var signatories = Facts.Signatories.Select(s => s.Name).Order();

        Assert.Equal(["engineers at SkyForge", "Maria Lopez", "Tom Becker"], signatories);
        Assert.False(Facts.FindPerson("Natarajan")!.IsSignatory);
    }

    [Fact]
    public void Quotes_are_attributed_by_surname_said_before_and_after_continuation_and_pronoun()
    {
        Assert.Equal(
            ["We cannot wait for the first disaster", "Rules have to come first."],
            Facts.QuotesBy("Maria Lopez").Select(q => q.Text));
        Assert.Equal(
            ["Pausing now would only help our competitors", "Regulation should be smart, not fast."],
            Facts.QuotesBy("Natarajan").Select(q => q.Text));
        Assert.Equal(
            ["racing to build machines that nobody can fully oversee."],
            Facts.QuotesBy("the petition").Select(q => q.Text));
    }

    [Fact]
    public void Organisations_and_who_runs_them_come_from_the_text()
    {
        Assert.Contains("organized the petition", Facts.FindOrganisation("Open Skies Coalition")!.Roles);
        Assert.Equal("Priya Natarajan", Facts.RoleHolder("CEO", "SkyForge")?.Name);
        Assert.Equal("Maria Lopez", Facts.RoleHolder("boss", "Acme Robotics")?.Name);
    }

    [Fact]
    public void Figures_come_from_the_text()
    {
        Assert.Contains(Facts.Figures, f => f.Value == "90 days" && f.Label == "halt");
        Assert.Contains(Facts.Figures, f => f.Value == "Nearly 2,500 people" && f.Label.Contains("put their names", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_of_several_sentences_stays_whole_and_goes_to_the_speaker_named_after_it()
    {
        var book = FactBook.Build([TestArticles.FromBody("multi", """
            "This is not a ban. It is a pause, and a short one," said Leo Brandt, a researcher at Kestrel Labs.
            """)]);

        var quote = Assert.Single(book.Quotes);
        Assert.Equal("Leo Brandt", quote.Speaker);
        Assert.Equal("This is not a ban. It is a pause, and a short one", quote.Text);
        Assert.Contains("researcher at Kestrel Labs", book.FindPerson("Brandt")!.Roles);
    }

    [Fact]
    public void Organisations_can_speak_and_modifiers_and_amounts_are_kept()
    {
        var book = FactBook.Build([TestArticles.FromBody("pledge", """
            Former Orbital chief scientist Ada Morrow said the pledge was overdue.

            “We are moving far too fast,” Morrow, who advises several startups, said on Monday.

            Kestrel Labs said in a statement that the pause was “a reasonable first step for the industry.”

            Signatories include former presidential candidate Ben Ortiz.

            The group has raised $12 million from donors.
            """)]);

        Assert.Contains("Orbital chief scientist", book.FindPerson("Ada Morrow")!.Roles);
        Assert.Equal("Ada Morrow", book.RoleHolder("chief scientist", "Orbital")?.Name);
        Assert.Equal("We are moving far too fast", Assert.Single(book.QuotesBy("Morrow")).Text);
        Assert.Equal("a reasonable first step for the industry.", Assert.Single(book.QuotesBy("Kestrel Labs")).Text);
        Assert.Contains("former presidential candidate", book.FindPerson("Ben Ortiz")!.Roles);
        Assert.True(book.FindPerson("Ortiz")!.IsSignatory);
        Assert.False(book.FindPerson("Morrow")!.IsSignatory);
        Assert.Contains(book.Figures, f => f.Value == "$12 million" && f.Label == "The group has raised");
    }

    [Fact]
    public void A_capitalised_word_opening_the_sentence_is_not_part_of_the_name()
    {
        var book = FactBook.Build([TestArticles.FromBody("opener", """
            Yesterday Nora Quill said the letter "asks for far too little, far too late."

            Critics Omar Vance and Nora Quill both signed it anyway.
            """)]);

        Assert.Equal("Nora Quill", Assert.Single(book.Quotes).Speaker);
        Assert.Equal(["Nora Quill", "Omar Vance"], book.Signatories.Select(p => p.Name).Order());
    }
}

