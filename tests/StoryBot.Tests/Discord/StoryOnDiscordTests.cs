using System.Text.Json.Nodes;
using StoryBot.FakeDiscord;

namespace StoryBot.Tests.Discord;

/// <summary>
/// The bot as shipped — the story commands over the articles in index-data, per-server settings — through the fake
/// Discord over real sockets.
/// </summary>
public sealed class StoryOnDiscordTests
{
    private const string Question = "What does the open letter call for?";

    [Fact]
    public async Task The_story_commands_are_registered_from_the_same_definitions_the_console_uses()
    {
        await using var bot = await BotHarness.StartAsync();

        var registration = await bot.Discord.WaitForRequestAsync(BotHarness.IsCommandRegistration, "command registration");

        Assert.Equal($"/applications/{bot.Discord.Options.ApplicationId}/commands", registration.Path);
        var commands = registration.Json!.AsArray().Select(c => c!.AsObject()).ToDictionary(c => (string)c["name"]!);
        Assert.Superset(new HashSet<string> { "ask", "search", "signatories", "quotes", "story", "help", "config" }, commands.Keys.ToHashSet());

        var question = commands["ask"]["options"]![0]!;
        Assert.Equal(("question", 3, true, true), ((string)question["name"]!, (int)question["type"]!, (bool)question["required"]!, (bool)question["autocomplete"]!));
        Assert.Equal(3, (int)commands["search"]["options"]![0]!["type"]!);
        Assert.True((bool)commands["signatories"]["options"]![0]!["autocomplete"]!);
        Assert.True((bool)commands["quotes"]["options"]![0]!["autocomplete"]!);
        Assert.Null(commands["story"]["options"]);
        Assert.All(commands.Values, c => Assert.Contains(0, c["contexts"]!.AsArray().Select(x => (int)x!)));

        // /config: moderators only (the permission sent as a string, as the docs say), never in DMs, typed subcommands.
        var config = commands["config"];
        Assert.Equal(System.Text.Json.JsonValueKind.String, config["default_member_permissions"]!.GetValueKind());
        Assert.Equal("32", (string?)config["default_member_permissions"]);
        Assert.Equal([0], config["contexts"]!.AsArray().Select(x => (int)x!));
        Assert.All(config["options"]!.AsArray(), o => Assert.Contains((int)o!["type"]!, new[] { 1, 2 }));
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task Ask_is_answered_within_three_seconds_with_the_answer_the_passage_in_bold_and_the_source()
    {
        await using var bot = await BotHarness.StartAsync();
        var sent = DateTimeOffset.UtcNow;

        var delivered = await InteractionAnswer.GetAsync(bot.Discord,
            FakePayloads.SlashCommand(bot.Discord.Options, "ask", FakePayloads.Option("question", Question)));

        Assert.True(delivered.Callback.ReceivedAt - sent < TimeSpan.FromSeconds(3), $"first answer after {(delivered.Callback.ReceivedAt - sent).TotalSeconds:0.00} s");
        var answer = delivered.Message;
        var embed = answer["embeds"]![0]!;
        Assert.Equal(Question, (string?)embed["title"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)embed["description"]));
        Assert.NotEqual("The story doesn't say.", (string?)embed["description"]);
        var fields = embed["fields"]!.AsArray();
        Assert.Contains(fields, f => ((string)f!["value"]!).Contains("**", StringComparison.Ordinal));
        Assert.Contains(fields, f => (string?)f!["name"] == "Source" && ((string)f["value"]!).Contains("Semafor", StringComparison.Ordinal));
        Assert.Contains(Buttons(answer), b => (string?)b["label"] == "More passages");
        Assert.Contains(Buttons(answer), b => (int)b["style"]! == 5 && ((string)b["url"]!).StartsWith("https://www.semafor.com/", StringComparison.Ordinal));
        InteractionWiringTests.AssertMentionsNobody(answer);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task Ask_autocomplete_suggests_questions_the_story_can_answer()
    {
        await using var bot = await BotHarness.StartAsync();

        var callback = await bot.Discord.InjectInteractionAndWaitForCallbackAsync(
            FakePayloads.Autocomplete(bot.Discord.Options, "ask", FakePayloads.Option("question", "Mus", focused: true)));

        Assert.Equal(8, (int)callback.Json!["type"]!);
        var choices = callback.Json!["data"]!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c =>
        {
            Assert.InRange(((string)c!["name"]!).Length, 1, 100);
            Assert.InRange(((string)c["value"]!).Length, 1, 100);
        });
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task More_passages_pages_for_the_asker_and_refuses_anyone_else_privately()
    {
        await using var bot = await BotHarness.StartAsync();
        var options = bot.Discord.Options;
        var asked = (await InteractionAnswer.GetAsync(bot.Discord,
            FakePayloads.SlashCommand(options, "ask", FakePayloads.Option("question", Question)))).Message;
        var more = (string)Buttons(asked).First(b => (string?)b["label"] == "More passages")["custom_id"]!;

        var paged = await InteractionAnswer.GetAsync(bot.Discord, FakePayloads.ButtonClick(options, more));
        Assert.True(paged.ReplacesButtonMessage);
        var page = paged.Message["embeds"]![0]!;
        Assert.StartsWith("More passages", (string?)page["title"], StringComparison.Ordinal);
        Assert.NotEmpty(page["fields"]!.AsArray());
        InteractionWiringTests.AssertMentionsNobody(paged.Message);

        var refused = await InteractionAnswer.GetAsync(bot.Discord, FakePayloads.ButtonClick(options, more, userId: "400000000000000777"));
        Assert.False(refused.ReplacesButtonMessage);
        Assert.True(refused.Ephemeral);
        Assert.Null(refused.Message["embeds"]);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task A_mention_gets_the_answer_as_a_reply_that_pings_nobody()
    {
        await using var bot = await BotHarness.StartAsync();
        var options = bot.Discord.Options;
        var message = FakePayloads.Message(options, $"<@{options.BotUserId}> {Question} cc @everyone");

        var reply = bot.Discord.WaitForRequestAsync(r => r.Method == "POST" && r.Template == "/channels/{channel_id}/messages", "the reply to the mention");
        await bot.Discord.InjectMessageAsync(message);
        var body = (await reply).Json!;

        Assert.Equal((string?)message["id"], (string?)body["message_reference"]!["message_id"]);
        Assert.False((bool)body["message_reference"]!["fail_if_not_exists"]!);
        InteractionWiringTests.AssertMentionsNobody(body);
        var embed = body["embeds"]![0]!;
        Assert.Contains(embed["fields"]!.AsArray(), f => ((string)f!["value"]!).Contains("**", StringComparison.Ordinal));
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task The_program_exits_with_a_failing_code_when_discord_rejects_the_token()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        using var settings = new TempSettingsFolder();
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await StoryBotApp.RunAsync(
            ["run", "--data", RepoFolders.IndexData, "--Discord:Token=wrong-token", $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}",
             $"--Discord:GatewayUrl={discord.GatewayUrl}", $"--Settings:Database={settings.Database}"],
            new StringReader(""), output, error).WaitAsync(BotHarness.Timeout);

        Assert.Equal(StoryBot.Discord.DiscordBotService.FatalExitCode, exitCode);
        Assert.Single(discord.GatewayConnections.Snapshot());
    }

    private static IEnumerable<JsonNode> Buttons(JsonNode message) =>
        (message["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(b => b!);

    private sealed class TempSettingsFolder : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("storybot-discord-").FullName;

        public string Database => Path.Combine(_folder, "storybot.db");

        public void Dispose()
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
