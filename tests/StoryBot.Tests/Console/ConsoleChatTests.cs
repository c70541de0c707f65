using StoryBot.Commands;
using StoryBot.Console;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Console;

public class ConsoleChatTests
{
    private readonly EchoAskCommand ask = new();
    private readonly FakeCommand story = new("story", c => Reply.Message($"story for {c.UserId} in {c.GuildId}"));

    private async Task<string> ChatAsync(string script)
    {
        var router = new CommandRouter([ask, story], [], new ListLogger<CommandRouter>());
        var output = new StringWriter();
        await new ConsoleChat(router, new ConsoleReplyRenderer(), new StringReader(script), output).RunAsync(CancellationToken.None);
        return output.ToString();
    }

    [Fact]
    public async Task It_welcomes_the_user_and_says_how_to_connect_to_Discord()
    {
        var output = await ChatAsync("");

        var firstLine = output.Split(Environment.NewLine)[0];
        Assert.Contains("/help", firstLine);
        Assert.Contains("Discord__Token", firstLine);
    }

    [Fact]
    public async Task Plain_text_is_asked_and_commands_run_as_the_console_user()
    {
        var output = await ChatAsync("what changed?\n/story\n");

        Assert.Contains("what changed?" + Environment.NewLine + "  An **echoed** answer", output);
        Assert.Contains("[1] More passages", output);
        Assert.Contains("[2] Read the article: https://example.org/a", output);
        Assert.Contains("story for console-user in console", output);
    }

    [Fact]
    public async Task Typing_a_button_number_or_more_presses_the_last_replys_button()
    {
        var output = await ChatAsync("first question\n1\nsecond question\n[2]\n/more\n");

        Assert.Equal(["ask:more:console-user:1:k", "ask:more:console-user:1:k"], ask.Pressed);
        Assert.Contains("Page for ask:more:console-user:1:k", output);
        Assert.Contains("Open https://example.org/a in your browser.", output);
    }

    [Fact]
    public async Task Buttons_that_are_not_there_get_a_clear_message()
    {
        var output = await ChatAsync("/more\n3\nsome question\n7\n");

        Assert.Contains("There is nothing more to show.", output);
        Assert.Contains("There is no button to press.", output);
        Assert.Contains("Pick a button from 1 to 2.", output);
        Assert.Empty(ask.Pressed);
    }

    [Theory]
    [InlineData("quit")]
    [InlineData("EXIT")]
    [InlineData("/quit")]
    public async Task Quit_ends_the_chat_and_nothing_after_it_is_read(string quit)
    {
        var output = await ChatAsync($"\n\n{quit}\n/story\n");

        Assert.DoesNotContain("story for", output);
        Assert.Empty(story.Calls);
    }
}
