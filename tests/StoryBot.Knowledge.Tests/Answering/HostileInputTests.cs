namespace StoryBot.Knowledge.Tests.Answering;

/// <summary>Whatever a user types, the answerer replies cleanly: no exception, no long paste, no query syntax error.</summary>
public sealed class HostileInputTests
{
    private readonly StoryBot.Knowledge.Answering.QuestionAnswerer _answerer = DroneStory.Answerer();

    public static TheoryData<string> Inputs() => new()
    {
        "",
        "   ",
        "AND ((\"",
        "title:* OR body:[a TO z]",
        "~~~ ^^ \\\\ //",
        "🚁🔥🚁 ??? 🤖",
        "\u200B\u200C\u200D\uFEFF",
        "¿Quién redactó la medida?",
        "无人机什么时候开始送货？",
        "NULL; DROP TABLE articles; --",
        new string('a', 10_000),
        string.Join(' ', Enumerable.Repeat("drone", 3_000)),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Any_input_gets_a_clean_reply(string input)
    {
        var answer = _answerer.Ask(input);
        Assert.Equal(input, answer.Question);
        AnswerAssert.IsShort(answer);
        Assert.InRange(answer.Confidence, 0, 1);
        Assert.True(answer.Passages.Count <= 5);
    }

    [Theory]
    [InlineData("")]
    [InlineData("🚁🔥🚁")]
    [InlineData("AND ((\"")]
    [InlineData("¿Quién redactó la medida?")]
    public void Input_without_words_of_the_story_is_not_answered(string input)
    {
        AnswerAssert.Abstains(_answerer.Ask(input));
    }

    [Fact]
    public void Zero_width_characters_inside_words_do_not_hide_them()
    {
        AnswerAssert.Says(_answerer.Ask("Who\u200B drafted\u200C the\u200D measure?"), "Priya Natarajan");
    }

    [Fact]
    public void A_question_buried_in_a_very_long_input_is_still_handled_quickly_and_safely()
    {
        var answer = _answerer.Ask("Who drafted the measure? " + new string('x', 10_000));
        AnswerAssert.IsShort(answer);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => _answerer.Ask("How many firefighters fought the blaze?", cts.Token));
    }
}
