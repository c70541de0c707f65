using StoryBot.Knowledge.Answering;

namespace StoryBot.Knowledge.Tests.Answering;

public sealed class QuestionAnalyzerTests
{
    [Theory]
    [InlineData("Who drafted the measure?", QuestionKind.Who)]
    [InlineData("what did she say", QuestionKind.What)]
    [InlineData("Which firm owns it?", QuestionKind.Which)]
    [InlineData("When did it start?", QuestionKind.When)]
    [InlineData("In what year did deliveries begin?", QuestionKind.When)]
    [InlineData("Where is the warehouse?", QuestionKind.Where)]
    [InlineData("Why was the ban passed?", QuestionKind.Why)]
    [InlineData("How many drones fly?", QuestionKind.HowMany)]
    [InlineData("What is the number of drones?", QuestionKind.HowMany)]
    [InlineData("How much did it cost?", QuestionKind.HowMuch)]
    [InlineData("For how long is the pause?", QuestionKind.HowLong)]
    [InlineData("How old is the mayor?", QuestionKind.HowOld)]
    [InlineData("Did the mayor sign?", QuestionKind.YesNo)]
    [InlineData("Can you tell me who drafted it?", QuestionKind.Who)]
    [InlineData("List the signatories", QuestionKind.List)]
    [InlineData("drone ban vote", QuestionKind.Other)]
    public void The_question_word_decides_the_kind(string question, QuestionKind kind)
    {
        Assert.Equal(kind, QuestionAnalyzer.Analyze(question).Kind);
    }

    [Fact]
    public void Names_are_found_but_a_capitalised_first_word_alone_is_not_one()
    {
        var q = QuestionAnalyzer.Analyze("Explain what Bulletin of the Atomic Scientists President Rachel Bronson said to Mark Zuckerberg");
        Assert.Contains("Mark Zuckerberg", q.Names);
        Assert.DoesNotContain(q.Names, n => n.StartsWith("Explain", StringComparison.Ordinal));
    }

    [Fact]
    public void The_noun_after_what_describes_the_answer_and_weighs_less()
    {
        var q = QuestionAnalyzer.Analyze("What group organized the letter?");
        Assert.Equal("group", q.AnswerTypeNoun);
        Assert.True(q.Terms.Single(t => t.Key == "group").Weight < q.Terms.Single(t => t.Key == "letter").Weight);
    }

    [Fact]
    public void According_to_someone_is_kept_as_part_of_the_topic()
    {
        var q = QuestionAnalyzer.Analyze("According to Ortiz, what kind of step is the ban?");
        Assert.Equal("Ortiz", q.AttributedTo);
        Assert.Equal(QuestionKind.What, q.Kind);
        Assert.Contains(q.Terms, t => t.Text == "Ortiz");
    }

    [Fact]
    public void Invisible_characters_are_removed_and_long_input_is_cut()
    {
        Assert.Equal("Who signed?", QuestionAnalyzer.Clean("Who\u200B sig\u200Dned?"));
        Assert.Equal(QuestionAnalyzer.MaxQuestionLength, QuestionAnalyzer.Clean(new string('x', 50_000)).Length);
    }
}
