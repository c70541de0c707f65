namespace StoryBot.Knowledge.Tests.Answering;

/// <summary>Autocomplete offers questions the story can answer, filtered by what the user typed.</summary>
public sealed class SuggestionTests(ThreeOutletsFixture fixture) : IClassFixture<ThreeOutletsFixture>
{
    private readonly StoryKnowledge _knowledge = fixture.Knowledge;

    [Fact]
    public void Suggestions_come_from_the_people_in_the_story_and_fit_discord_limits()
    {
        var all = _knowledge.SuggestQuestions("");
        Assert.InRange(all.Count, 1, 25);
        Assert.All(all, s => Assert.InRange(s.Length, 1, 100));
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Typing_a_name_offers_questions_about_that_person()
    {
        var suggestions = _knowledge.SuggestQuestions("mostaque");
        Assert.Contains("What did Emad Mostaque say?", suggestions);
        Assert.All(suggestions, s => Assert.Contains("Mostaque", s));
    }

    [Fact]
    public void Questions_that_start_with_the_typed_text_come_first()
    {
        var suggestions = _knowledge.SuggestQuestions("Did").ToList();
        Assert.StartsWith("Did ", suggestions[0]);
        var firstOther = suggestions.FindIndex(s => !s.StartsWith("Did ", StringComparison.Ordinal));
        Assert.True(firstOther < 0 || suggestions.Skip(firstOther).All(s => !s.StartsWith("Did ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Suggested_questions_are_answered()
    {
        foreach (var question in _knowledge.SuggestQuestions("").Take(12))
        {
            Assert.True(_knowledge.Ask(question).IsAnswered, question);
        }
    }

    [Theory]
    [InlineData("zzzz")]
    [InlineData("AND ((\"")]
    [InlineData("\u200B")]
    public void Typing_nonsense_offers_nothing_or_the_defaults_without_failing(string typed)
    {
        Assert.True(_knowledge.SuggestQuestions(typed).Count <= 25);
    }

    [Fact]
    public void The_result_count_is_capped_by_the_caller()
    {
        Assert.True(_knowledge.SuggestQuestions("", 3).Count <= 3);
    }
}
