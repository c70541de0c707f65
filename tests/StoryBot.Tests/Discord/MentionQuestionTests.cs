using StoryBot.Discord;

namespace StoryBot.Tests.Discord;

public sealed class MentionQuestionTests
{
    [Theory]
    [InlineData("<@42> who signed?", "who signed?")]
    [InlineData("<@!42>, who signed?", "who signed?")]
    [InlineData("so <@42>   who\nsigned?", "so who signed?")]
    [InlineData("<@42> ask <@7> about it", "ask <@7> about it")]
    [InlineData("<@42>", "")]
    public void The_question_is_the_text_without_the_bots_mention(string content, string question)
    {
        Assert.Equal(question, MentionHandler.Question(content, "42"));
    }
}
