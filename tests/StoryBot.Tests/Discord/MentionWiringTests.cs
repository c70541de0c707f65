using StoryBot.Discord;
using StoryBot.FakeDiscord;
using StoryBot.FakeDiscord.Rest;

namespace StoryBot.Tests.Discord;

/// <summary>Messages that mention the bot, through the real host and the fake Discord, with an echoing /ask.</summary>
public sealed class MentionWiringTests
{
    [Fact]
    public async Task A_mention_is_answered_as_a_reply_that_pings_nobody()
    {
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, WiringCommands.Settings());
        var options = bot.Discord.Options;
        var message = FakePayloads.Message(options, $"<@{options.BotUserId}> what about @everyone and <@400000000000000002>?");

        var reply = bot.Discord.WaitForRequestAsync(IsChannelMessage, "the reply to the mention");
        await bot.Discord.InjectMessageAsync(message);
        var body = (await reply).Json!;

        Assert.Equal($"/channels/{FakePayloads.DefaultChannelId}/messages", (await reply).Path);
        Assert.Equal((string?)message["id"], (string?)body["message_reference"]!["message_id"]);
        Assert.False((bool)body["message_reference"]!["fail_if_not_exists"]!);
        InteractionWiringTests.AssertMentionsNobody(body);
        Assert.Equal("what about @everyone and <@400000000000000002>?", (string?)body["embeds"]![0]!["title"]);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task A_bare_mention_gets_a_line_on_how_to_ask()
    {
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, WiringCommands.Settings());
        var options = bot.Discord.Options;

        var reply = bot.Discord.WaitForRequestAsync(IsChannelMessage, "the reply to the mention");
        await bot.Discord.InjectMessageAsync(FakePayloads.Message(options, $"<@!{options.BotUserId}>  "));

        Assert.Equal(MentionHandler.HowToAsk.Text, (string?)(await reply).Json!["content"]);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task Messages_from_bots_and_messages_not_for_the_bot_are_ignored()
    {
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, WiringCommands.Settings());
        var options = bot.Discord.Options;
        var fromBot = FakePayloads.Message(options, $"<@{options.BotUserId}> answer me, fellow bot", authorId: "500000000000000001", authorIsBot: true);
        var fromItself = FakePayloads.Message(options, $"<@{options.BotUserId}> talking to myself", authorId: options.BotUserId, authorIsBot: true);
        var notForBot = FakePayloads.Message(options, "just chatting", mentionBot: false);
        var forBot = FakePayloads.Message(options, $"<@{options.BotUserId}> is anyone there?");

        // Events are handled in order, so once the last one is answered the others have been looked at.
        var reply = bot.Discord.WaitForRequestAsync(IsChannelMessage, "the reply to the person");
        foreach (var message in new[] { fromBot, fromItself, notForBot, forBot })
            await bot.Discord.InjectMessageAsync(message);
        await reply;

        var replies = bot.Discord.Requests.Snapshot().Where(IsChannelMessage).ToList();
        var answered = Assert.Single(replies);
        Assert.Equal((string?)forBot["id"], (string?)answered.Json!["message_reference"]!["message_id"]);
        Assert.Empty(bot.Discord.Violations);
    }

    private static bool IsChannelMessage(RecordedRequest request) =>
        request.Method == "POST" && request.Template == "/channels/{channel_id}/messages";
}
