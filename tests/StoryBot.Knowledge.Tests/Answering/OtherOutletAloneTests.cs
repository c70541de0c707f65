using StoryBot.Knowledge.Tests.Facts;

namespace StoryBot.Knowledge.Tests.Answering;

/// <summary>Another outlet's article, indexed on its own, is answered with no change to the code.</summary>
public sealed class OtherOutletAloneTests : IDisposable
{
    private readonly StoryKnowledge _times = StoryKnowledge.FromArticles(
        [TestArticles.MoreArticles().Single(a => a.Source == "The New York Times")]);

    [Theory]
    [InlineData("How many people signed the open letter?", "1,000")]
    [InlineData("Who released the letter?", "Future of Life Institute")]
    [InlineData("What risks do A.I. tools present, according to the letter?", "profound risks to society")]
    [InlineData("Who is Andrew Yang?", "presidential candidate")]
    [InlineData("What have these tools been criticized for?", "misinformation")]
    public void Questions_about_it_are_answered(string question, string expected)
    {
        var answer = _times.Ask(question);
        AnswerAssert.Says(answer, expected);
        Assert.DoesNotContain("(The New York Times)", answer.Text); // one outlet: no need to cite it
    }

    [Theory]
    [InlineData("What did Emad Mostaque say?")]
    [InlineData("How old is Gary Marcus?")]
    public void What_it_does_not_say_is_not_answered(string question)
    {
        AnswerAssert.Abstains(_times.Ask(question));
    }

    public void Dispose() => _times.Dispose();
}
