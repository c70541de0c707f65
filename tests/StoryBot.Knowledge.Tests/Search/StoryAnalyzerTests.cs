using StoryBot.Knowledge.Search;

namespace StoryBot.Knowledge.Tests.Search;

public class StoryAnalyzerTests
{
    [Theory]
    [InlineData("co-founder", "cofounder")]
    [InlineData("co founder", "cofounder")]
    [InlineData("Co-Founders", "cofounder")]
    [InlineData("1,100", "1100")]
    [InlineData("1,000,000", "1000000")]
    [InlineData("OpenAI's", "OpenAI")]
    [InlineData("OpenAI’s", "OpenAI")]
    [InlineData("A.I.", "AI")]
    [InlineData("signed", "signs")]
    [InlineData("organized", "organizing")]
    [InlineData("non-profit", "nonprofit")]
    [InlineData("organised", "organized")]
    [InlineData("organisation", "organization")]
    [InlineData("Mus\u200Bk", "Musk")]
    [InlineData("Café", "cafe")]
    public void Spellings_of_one_word_give_the_same_terms(string a, string b)
    {
        Assert.Equal(StoryAnalyzer.Terms(b), StoryAnalyzer.Terms(a));
        Assert.NotEmpty(StoryAnalyzer.Terms(a));
    }

    [Fact]
    public void A_cofounder_is_also_a_founder()
    {
        Assert.Contains(StoryAnalyzer.Terms("founder").Single(), StoryAnalyzer.Terms("Pinterest cofounder Evan Sharp"));
    }

    [Fact]
    public void Drops_stop_and_question_words()
    {
        Assert.Equal(StoryAnalyzer.Terms("organized letter"), StoryAnalyzer.Terms("Who organized the letter?"));
        Assert.Empty(StoryAnalyzer.Terms("what is the"));
    }

    [Fact]
    public void Joins_a_spaced_co_only_before_a_role()
    {
        Assert.Equal(StoryAnalyzer.Terms("cochair"), StoryAnalyzer.Terms("co chair"));
        Assert.Equal(["co", "emiss"], StoryAnalyzer.Terms("CO emissions"));
    }

    [Fact]
    public void Keeps_number_and_model_names()
    {
        Assert.Equal(["gpt", "4"], StoryAnalyzer.Terms("GPT-4"));
    }
}
