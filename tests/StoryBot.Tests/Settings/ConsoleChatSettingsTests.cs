using Microsoft.Extensions.Logging.Abstractions;
using StoryBot.Commands;
using StoryBot.Console;
using StoryBot.Settings;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Settings;

/// <summary>Typed /config lines in the console chat, through the real router and gate.</summary>
public sealed class ConsoleChatSettingsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Typed_config_lines_change_settings_and_the_next_question_obeys_them()
    {
        var output = await Chat(
            "/config set add-channel channel:#newsroom",
            "/ask who organised the letter?",
            "/config set passages count:9",
            "/config set moderator-role role:@editors",
            "/config show",
            "/help");

        // The console shows Discord's channel and role mentions as names.
        Assert.Contains("Answer channels: every channel → #newsroom.", output);
        Assert.Contains("I answer in #newsroom.", output);
        Assert.Contains("Passages per answer must be a whole number from 1 to 5. Nothing was changed.", output);
        Assert.Contains("Moderator role: none → @editors.", output);
        Assert.Contains("Answer channels: #newsroom", output);
        Assert.Contains("The help command", output);
    }

    [Fact]
    public async Task A_config_set_line_without_a_setting_says_what_can_be_set()
    {
        var output = await Chat("/config set", "/config set volume level:11");

        Assert.Equal(2, output.Split("Say what to set: /config set add-channel|remove-channel|").Length - 1);
        Assert.Equal(2, output.Split("Nothing was changed.").Length - 1);
    }

    private async Task<string> Chat(params string[] lines)
    {
        using var store = Stores.Open(_folder.File("storybot.db"));
        var commands = new ICommand[]
        {
            new EchoAskCommand(),
            new FakeCommand("help", _ => Reply.Message("The help command")),
            new ConfigCommand(store),
        };
        var gate = new SettingsGate(store, new CooldownTracker(new ManualClock()));
        var router = new CommandRouter(commands, [gate], NullLogger<CommandRouter>.Instance);
        var output = new StringWriter();
        await new ConsoleChat(router, new ConsoleReplyRenderer(), new StringReader(string.Join('\n', lines)), output).RunAsync(default);
        return output.ToString();
    }
}
