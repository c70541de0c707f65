using StoryBot.Commands;

namespace StoryBot.Tests.Commands;

public class PageActionTests
{
    [Fact]
    public void An_action_id_round_trips_and_fits_in_Discords_100_characters()
    {
        var queries = new RecentQueries();
        var key = queries.Remember(new string('q', 5000));
        var action = new PageAction("search", "12345678901234567890", 117, key);

        var id = action.ToActionId();

        Assert.True(id.Length <= 100, id);
        Assert.Equal(action, PageAction.TryParse(id, "search"));
        Assert.Null(PageAction.TryParse(id, "ask"));
        Assert.Equal(new string('q', 5000), queries.Recall(key));
    }

    [Theory]
    [InlineData("ask:more:")]
    [InlineData("ask:more:111")]
    [InlineData("ask:more:111:x:key")]
    [InlineData("ask:more:111:-1:key")]
    [InlineData("ask:more:111:2:")]
    public void Malformed_action_ids_are_rejected(string actionId) => Assert.Null(PageAction.TryParse(actionId, "ask"));

    [Fact]
    public void Recent_queries_forget_the_oldest_beyond_their_capacity()
    {
        var queries = new RecentQueries(capacity: 2);
        var first = queries.Remember("first");
        var second = queries.Remember("second");
        var third = queries.Remember("third");

        Assert.Null(queries.Recall(first));
        Assert.Equal("second", queries.Recall(second));
        Assert.Equal("third", queries.Recall(third));
        Assert.Equal(second, queries.Remember("second"));
    }
}
