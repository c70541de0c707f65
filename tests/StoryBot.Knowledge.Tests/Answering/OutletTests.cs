namespace StoryBot.Knowledge.Tests.Answering;

/// <summary>With several outlets indexed, answers say which outlet they come from, and a named outlet is obeyed.</summary>
public sealed class OutletTests(ThreeOutletsFixture fixture) : IClassFixture<ThreeOutletsFixture>
{
    private readonly StoryKnowledge _knowledge = fixture.Knowledge;

    [Theory]
    [InlineData("According to Newsweek, how many people signed the letter?", "Newsweek", "1,000")]
    [InlineData("How many people had signed, according to Semafor?", "Semafor", "1,100")]
    [InlineData("What does the New York Times say about the number of signatories?", "The New York Times", "1,000")]
    public void A_named_outlet_is_the_only_source(string question, string outlet, string expected)
    {
        var answer = _knowledge.Ask(question);
        AnswerAssert.Says(answer, expected);
        Assert.All(answer.Passages, p => Assert.Equal(outlet, p.Source));
    }

    [Fact]
    public void Initials_name_an_outlet_too()
    {
        var answer = _knowledge.Ask("According to the NYT, who is Gary Marcus?");
        AnswerAssert.Says(answer, "entrepreneur");
        Assert.Equal("The New York Times", answer.Passages[0].Source);
    }

    [Fact]
    public void Without_a_named_outlet_the_answer_cites_its_source()
    {
        var answer = _knowledge.Ask("Who issued the letter?");
        AnswerAssert.Says(answer, "Future of Life Institute");
        Assert.Contains($"({answer.Passages[0].Source})", answer.Text);
    }

    [Fact]
    public void Something_only_another_outlet_reports_is_found_there()
    {
        var answer = _knowledge.Ask("Who sets the Doomsday Clock?");
        AnswerAssert.Says(answer, "Bulletin of the Atomic Scientists");
        Assert.Equal("The New York Times", answer.Passages[0].Source);
    }

    [Fact]
    public void An_outlet_that_is_not_indexed_gets_no_answer()
    {
        AnswerAssert.Abstains(_knowledge.Ask("According to the Guardian, how many people signed the letter?"));
    }

    [Fact]
    public void A_named_outlet_that_does_not_say_it_gets_no_answer()
    {
        AnswerAssert.Abstains(_knowledge.Ask("According to Newsweek, what did Gary Marcus say?"));
    }

    [Fact]
    public void Someone_mentioned_only_to_say_they_did_not_sign_is_a_no()
    {
        var answer = _knowledge.Ask("Did Sam Altman sign the letter?");
        Assert.StartsWith("No", answer.Text);
    }
}
