using StoryBot.Commands;
using StoryBot.Knowledge;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Commands;

/// <summary>What each story command replies, over an article written for the tests.</summary>
public class StoryCommandsTests(LighthouseKnowledge fixture) : IClassFixture<LighthouseKnowledge>
{
    private static readonly CommandContext Alice = new() { UserId = "1001", GuildId = "g" };
    private static readonly CommandContext Bob = new() { UserId = "2002", GuildId = "g" };

    private readonly StoryKnowledge knowledge = fixture.Knowledge;
    private readonly RecentQueries queries = new();

    private static CommandContext With(CommandContext user, string option, string value) =>
        user with { Options = new Dictionary<string, string> { [option] = value } };

    private static Task<Reply> Run(ICommand command, CommandContext context) => command.ExecuteAsync(context, CancellationToken.None);

    [Fact]
    public async Task Ask_replies_with_the_answer_then_the_passage_in_bold_then_the_source()
    {
        const string question = "How many signatures did the petition gather?";
        var reply = await Run(new AskCommand(knowledge, queries), With(Alice, "question", question));

        var card = Assert.Single(reply.Cards);
        Assert.Equal(question, card.Title);
        Assert.Contains("2,400", card.Description);
        Assert.Equal(["From the story", "Source"], card.Fields.Select(f => f.Name));
        Assert.Contains("**", card.Fields[0].Value);
        Assert.Contains("2,400", card.Fields[0].Value);
        Assert.Equal($"{LighthouseStory.Outlet} · 2 May 2024 · {LighthouseStory.Url}", card.Fields[1].Value);
        Assert.Equal(LighthouseStory.Url, card.Url);
        Assert.Contains(reply.Buttons, b => b.Url == LighthouseStory.Url);
        Assert.False(reply.Ephemeral);
    }

    [Fact]
    public async Task Ask_shows_as_many_passages_as_the_server_asks_for()
    {
        var context = With(Alice, "question", "Why does the lighthouse matter?") with { PassagesPerAnswer = 2 };
        var reply = await Run(new AskCommand(knowledge, queries), context);

        var card = Assert.Single(reply.Cards);
        Assert.Equal(3, card.Fields.Count);
        Assert.StartsWith("Also: Coastal Herald — ", card.Fields[1].Name);
        Assert.Contains("**", card.Fields[1].Value);
        Assert.Equal("Source", card.Fields[2].Name);
    }

    [Fact]
    public async Task Ask_says_plainly_when_the_story_does_not_hold_the_answer()
    {
        var reply = await Run(new AskCommand(knowledge, queries), With(Alice, "question", "Xylophone quasar zeppelin?"));

        var card = Assert.Single(reply.Cards);
        Assert.Equal(AskCommand.NotInStory, card.Description);
        Assert.Empty(card.Fields);
        Assert.Null(card.Footer);
        Assert.Empty(reply.Buttons);
    }

    [Fact]
    public async Task Ask_without_a_question_explains_itself_to_the_asker_only()
    {
        var reply = await Run(new AskCommand(knowledge, queries), With(Alice, "question", "   "));

        Assert.True(reply.Ephemeral);
        Assert.Contains("question", reply.Text);
    }

    [Fact]
    public async Task Only_the_asker_can_page_through_more_passages()
    {
        var search = new SearchCommand(knowledge, queries);
        var first = await Run(search, With(Alice, "query", "lighthouse"));
        var more = Assert.Single(first.Buttons, b => b.ActionId is not null);
        Assert.Equal(PassagePager.MoreLabel, more.Label);
        Assert.True(more.ActionId!.Length <= 100);
        Assert.True(search.Owns(more.ActionId));

        var refused = await search.PressAsync(more.ActionId, Bob, CancellationToken.None);
        var page = await search.PressAsync(more.ActionId, Alice, CancellationToken.None);

        Assert.True(refused.Ephemeral);
        Assert.Contains("Only the person who asked", refused.Text);
        Assert.Empty(refused.Cards);
        var card = Assert.Single(page.Cards);
        Assert.Equal("More passages for “lighthouse”", card.Title);
        Assert.StartsWith("4. ", card.Fields[0].Name);
        Assert.All(card.Fields, f => Assert.Contains("**", f.Value));
    }

    [Fact]
    public async Task Ask_offers_the_further_passages_to_the_asker()
    {
        var ask = new AskCommand(knowledge, queries);
        var first = await Run(ask, With(Alice, "question", "Why does the lighthouse matter to the fishermen?"));
        var more = Assert.Single(first.Buttons, b => b.ActionId is not null);

        var refused = await ask.PressAsync(more.ActionId!, Bob, CancellationToken.None);
        var page = await ask.PressAsync(more.ActionId!, Alice, CancellationToken.None);

        Assert.True(refused.Ephemeral);
        Assert.StartsWith("2. ", Assert.Single(page.Cards).Fields[0].Name);
    }

    [Fact]
    public async Task Search_shows_the_best_passages_with_matched_words_in_bold()
    {
        var reply = await Run(new SearchCommand(knowledge, queries), With(Alice, "query", "petition"));

        var card = Assert.Single(reply.Cards);
        Assert.Equal("Search: petition", card.Title);
        Assert.StartsWith("1. Coastal Herald — Reaction", card.Fields[0].Name);
        Assert.Contains("**petition**", card.Fields[0].Value, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Source", card.Fields[^1].Name);
    }

    [Fact]
    public async Task Search_for_something_absent_says_so()
    {
        var reply = await Run(new SearchCommand(knowledge, queries), With(Alice, "query", "zeppelin"));

        Assert.Empty(reply.Cards);
        Assert.Contains("Nothing in the story matches", reply.Text);
    }

    [Fact]
    public async Task Signatories_lists_who_signed_with_their_roles()
    {
        var reply = await Run(new SignatoriesCommand(knowledge), Alice);

        var card = Assert.Single(reply.Cards);
        var lines = card.Description!.Split('\n');
        Assert.Equal(knowledge.Facts.Signatories.Count, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("• **", l));
        Assert.Contains(lines, l => l.Contains("Tom Reyes"));
    }

    [Fact]
    public async Task Signatories_checks_one_name_and_cites_the_sentence()
    {
        var command = new SignatoriesCommand(knowledge);
        var signed = await Run(command, With(Alice, "name", "Reyes"));
        var unknown = await Run(command, With(Alice, "name", "Rumpelstiltskin"));

        var reyes = knowledge.Facts.FindPerson("Reyes");
        Assert.True(reyes?.IsSignatory);
        var card = Assert.Single(signed.Cards);
        Assert.Equal($"{reyes!.Name} signed", card.Title);
        Assert.Contains("Tom Reyes", card.Title);
        Assert.Contains("signed a petition", card.Fields.Single().Value);
        Assert.Equal("The story doesn't mention Rumpelstiltskin.", unknown.Text);
    }

    [Fact]
    public void Signatories_autocomplete_suggests_people_the_story_names()
    {
        var choices = new SignatoriesCommand(knowledge).Suggest("name", "holl", Alice);

        Assert.Contains(choices, c => c.Value == "Jane Holloway");
        Assert.All(choices, c => Assert.Contains("holl", c.Value, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Quotes_shows_each_quote_with_its_speaker_and_outlet()
    {
        var command = new QuotesCommand(knowledge);
        var all = await Run(command, Alice);
        var hers = await Run(command, With(Alice, "speaker", "Holloway"));
        var nobody = await Run(command, With(Alice, "speaker", "Rumpelstiltskin"));

        Assert.All(Assert.Single(all.Cards).Fields, f => Assert.Contains("— Coastal Herald", f.Value));
        var field = Assert.Single(Assert.Single(hers.Cards).Fields);
        Assert.Contains("Holloway", field.Name);
        Assert.Contains("We cannot keep a light burning that no ship needs", field.Value);
        Assert.Equal("The story doesn't quote Rumpelstiltskin.", nobody.Text);
        Assert.Contains(command.Suggest("speaker", "rey", Alice), c => c.Value.Contains("Reyes"));
    }

    [Fact]
    public async Task Story_gives_title_outlet_date_link_and_the_opening_paragraph()
    {
        var reply = await Run(new StoryCommand(knowledge), Alice);

        var card = Assert.Single(reply.Cards);
        Assert.Equal(LighthouseStory.Title, card.Title);
        Assert.Equal(LighthouseStory.Url, card.Url);
        Assert.StartsWith("The Eastpoint town council voted seven to two", card.Description);
        Assert.Equal(["Outlet: Coastal Herald", "Published: 2 May 2024", "Section: Local"], card.Fields.Select(f => $"{f.Name}: {f.Value}"));
        Assert.Equal(LighthouseStory.Url, Assert.Single(reply.Buttons).Url);
    }

    [Fact]
    public async Task Help_lists_every_command_with_its_usage()
    {
        var commands = new ICommand[]
        {
            new AskCommand(knowledge, queries), new SearchCommand(knowledge, queries), new SignatoriesCommand(knowledge),
            new QuotesCommand(knowledge), new StoryCommand(knowledge),
        };
        var help = new HelpCommand(() => [.. commands.Select(c => c.Definition)]);

        var lines = Assert.Single((await Run(help, Alice)).Cards).Description!.Split('\n');

        Assert.Equal(
            ["`/ask question`", "`/search query`", "`/signatories [name]`", "`/quotes [speaker]`", "`/story`"],
            lines.Select(l => l[..(l.IndexOf('`', 1) + 1)]));
        Assert.All(lines, l => Assert.Contains(" — ", l));
    }
}
