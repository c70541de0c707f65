namespace StoryBot.Knowledge.Tests.Answering;

/// <summary>When the story does not hold the answer, the answer is null — never a guess.</summary>
public sealed class AbstentionTests
{
    private readonly StoryBot.Knowledge.Answering.QuestionAnswerer _answerer = DroneStory.Answerer();

    [Theory]
    [InlineData("What is the capital of France?")]
    [InlineData("What is the weather in Lisbon tomorrow?")]
    [InlineData("What did Elon Musk say about the ban?")]
    [InlineData("Did Jeff Bezos sign the petition?")]
    [InlineData("How old is Daniel Ortiz?")]
    [InlineData("How much money did Meridian Group pay for the warehouse?")]
    [InlineData("Who is the mayor of Harbor City?")]
    [InlineData("What did the firefighters eat for breakfast?")]
    [InlineData("When will the drones be replaced by robots on wheels?")]
    public void Questions_the_story_does_not_answer_get_no_answer(string question)
    {
        AnswerAssert.Abstains(_answerer.Ask(question));
    }

    [Fact]
    public void A_yes_no_question_is_not_confirmed_by_a_sentence_that_only_looks_similar()
    {
        AnswerAssert.Abstains(_answerer.Ask("Did the council vote to ban drones forever?"));
    }
}
