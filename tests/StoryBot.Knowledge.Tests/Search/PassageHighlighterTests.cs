using StoryBot.Knowledge.Search;

namespace StoryBot.Knowledge.Tests.Search;

public class PassageHighlighterTests
{
    private static string Highlight(string query, string text) => StoryIndex.Highlight(query, text);

    [Fact]
    public void Marks_every_occurrence_and_keeps_the_rest_of_the_text()
    {
        Assert.Equal("**Musk** proposed it, so **Musk** left.", Highlight("musk", "Musk proposed it, so Musk left."));
    }

    [Fact]
    public void Joins_neighbouring_marks_across_spaces_and_stop_words_only()
    {
        Assert.Equal("the **Future of Life Institute** said", Highlight("future life institute", "the Future of Life Institute said"));
        Assert.Equal("**Musk**, **Wozniak**", Highlight("musk wozniak", "Musk, Wozniak"));
        Assert.Equal("**Musk** met **Wozniak**", Highlight("musk wozniak", "Musk met Wozniak"));
    }

    [Fact]
    public void Marks_the_original_spelling_of_normalised_words()
    {
        Assert.Equal("Apple **co-founder** Steve", Highlight("cofounder", "Apple co-founder Steve"));
        Assert.Equal("Pinterest **cofounder** Evan", Highlight("founder", "Pinterest cofounder Evan"));
        Assert.Equal("over **1,100** people", Highlight("1100", "over 1,100 people"));
        Assert.Equal("**Google's** parent", Highlight("google", "Google's parent"));
        Assert.Equal("organised by **Mus\u200Bk**", Highlight("musk", "organised by Mus\u200Bk"));
    }

    [Fact]
    public void Leaves_text_unmarked_when_nothing_matches()
    {
        Assert.Equal("Nothing here.", Highlight("wozniak", "Nothing here."));
        Assert.Equal("Nothing here.", Highlight("", "Nothing here."));
        Assert.Equal("", Highlight("musk", ""));
    }
}
