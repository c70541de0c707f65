namespace StoryBot.Knowledge.Tests.Answering;

/// <summary>Questions worded differently from the story still find their answer.</summary>
public sealed class ParaphraseTests
{
    private readonly StoryBot.Knowledge.Answering.QuestionAnswerer _answerer = DroneStory.Answerer();

    [Theory]
    [InlineData("Who runs Northwind Robotics?", "Daniel Ortiz")]
    [InlineData("Who is the boss of Northwind Robotics?", "Daniel Ortiz")]
    [InlineData("Who heads Northwind Robotics?", "Daniel Ortiz")]
    [InlineData("How long is the moratorium on drone deliveries?", "90 days")]
    [InlineData("How long will the halt last?", "90 days")]
    [InlineData("Who organized the petition?", "Samuel Reyes")]
    [InlineData("What company owns Northwind?", "Meridian Group")]
    public void Paraphrased_questions_are_answered(string question, string expected)
    {
        AnswerAssert.Says(_answerer.Ask(question), expected);
    }
}
