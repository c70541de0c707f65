using StoryBot.Commands;
using StoryBot.Console;

namespace StoryBot.Tests.Console;

public class ConsoleReplyRendererTests
{
    private static readonly Reply CardReply = new()
    {
        Text = "Here is what I found",
        Cards =
        [
            new ReplyCard
            {
                Title = "Who runs the lighthouse?",
                Description = "The **town council** does.",
                Fields = [new ReplyField("From the story", "The **council** voted.\nSecond line."), new ReplyField("Source", "Coastal Herald · 2 May 2024"), new ReplyField("Outlet", "Coastal Herald", Inline: true)],
                Footer = "Confidence 80%",
            },
        ],
        Buttons = [new ReplyButton("More passages", ActionId: "ask:more:1:1:k"), new ReplyButton("Read the article", Url: "https://example.org/a")],
    };

    [Fact]
    public void Plain_text_keeps_the_bold_marks_and_numbers_the_buttons()
    {
        var text = new ConsoleReplyRenderer(ansi: false).Render(CardReply);

        Assert.Equal("""
            Here is what I found

            Who runs the lighthouse?
              The **town council** does.
              From the story:
                The **council** voted.
                Second line.
              Source:
                Coastal Herald · 2 May 2024
              Outlet: Coastal Herald
              Confidence 80%
            [1] More passages
            [2] Read the article: https://example.org/a
            """.ReplaceLineEndings(), text);
        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void A_terminal_gets_bold_instead_of_stars()
    {
        var text = new ConsoleReplyRenderer(ansi: true).Render(CardReply);

        Assert.Contains("The \u001b[1mtown council\u001b[22m does.", text);
        Assert.DoesNotContain("**", text);
    }

    [Fact]
    public void Discord_mentions_read_as_names()
    {
        var text = new ConsoleReplyRenderer().Render(Reply.Message("I answer in <#newsroom>; ask <@&editors> or <@!42>."));

        Assert.Equal("I answer in #newsroom; ask @editors or @42.", text);
    }

    [Fact]
    public void A_text_only_reply_is_just_its_text() =>
        Assert.Equal("Nothing here.", new ConsoleReplyRenderer().Render(Reply.Message("Nothing here.", ephemeral: true)));
}
