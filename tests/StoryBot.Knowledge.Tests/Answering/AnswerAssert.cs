using StoryBot.Knowledge.Answering;

namespace StoryBot.Knowledge.Tests.Answering;

internal static class AnswerAssert
{
    /// <summary>The answer is given, short, one line, and contains the expected words (case-insensitive).</summary>
    public static void Says(Answer answer, string expected)
    {
        Assert.NotNull(answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
        IsShort(answer);
    }

    public static void IsShort(Answer answer)
    {
        if (answer.Text is null) return;
        Assert.InRange(answer.Text.Length, 1, AnswerText.MaxLength);
        Assert.DoesNotContain('\n', answer.Text);
    }

    public static void Abstains(Answer answer)
    {
        Assert.Null(answer.Text);
        Assert.False(answer.IsAnswered);
        Assert.True(answer.Confidence < QuestionAnswerer.MinCoverage, $"confidence {answer.Confidence} should be low");
    }

    /// <summary>The first passage is the sentence that proves the answer.</summary>
    public static void EvidenceFirst(Answer answer, string phrase)
    {
        Assert.NotEmpty(answer.Passages);
        Assert.Contains(phrase, answer.Passages[0].Text, StringComparison.OrdinalIgnoreCase);
    }
}
