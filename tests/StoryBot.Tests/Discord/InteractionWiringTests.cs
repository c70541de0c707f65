using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Commands;
using StoryBot.Settings;
using StoryBot.FakeDiscord;
using StoryBot.FakeDiscord.Rest;

namespace StoryBot.Tests.Discord;

/// <summary>
/// Slash commands, autocomplete and buttons through the real host and the fake Discord, with commands whose replies
/// are known, so each test is about what the Discord side does with them.
/// </summary>
public sealed class InteractionWiringTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task A_quick_reply_is_sent_at_once_as_the_answer()
    {
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, WiringCommands.Settings());
        var interaction = FakePayloads.SlashCommand(bot.Discord.Options, "ask", FakePayloads.Option("question", "what happened?"));

        var sent = DateTimeOffset.UtcNow;
        var callback = await bot.Discord.InjectInteractionAndWaitForCallbackAsync(interaction);

        Assert.True(callback.ReceivedAt - sent < Window, $"answered after {(callback.ReceivedAt - sent).TotalSeconds:0.00} s");
        Assert.Equal(204, callback.Status);
        var body = callback.Json!;
        Assert.Equal(4, (int)body["type"]!);
        var embed = body["data"]!["embeds"]![0]!;
        Assert.Equal("what happened?", (string?)embed["title"]);
        Assert.Contains("**bold**", (string?)embed["fields"]![0]!["value"]);
        var buttons = body["data"]!["components"]![0]!["components"]!.AsArray();
        Assert.Equal("More passages", (string?)buttons[0]!["label"]);
        Assert.Equal(5, (int)buttons[1]!["style"]!);
        Assert.Equal("https://example.com/story", (string?)buttons[1]!["url"]);
        AssertMentionsNobody(body["data"]);
        Assert.Null(body["data"]!["flags"]);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task A_slow_reply_is_deferred_then_edited_in_while_other_interactions_are_still_answered()
    {
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, WiringCommands.Settings("--Discord:DeferAfterMilliseconds=200"));
        var slow = FakePayloads.SlashCommand(bot.Discord.Options, "slow");

        var deferred = await bot.Discord.InjectInteractionAndWaitForCallbackAsync(slow);
        Assert.Equal(5, (int)deferred.Json!["type"]!);

        // The slow command is still working; another user's question is not held up behind it.
        var quick = await InteractionAnswer.GetAsync(bot.Discord,
            FakePayloads.SlashCommand(bot.Discord.Options, "ask", FakePayloads.Option("question", "still there?")));
        Assert.Equal("still there?", (string?)quick.Message["embeds"]![0]!["title"]);

        var original = $"/webhooks/{bot.Discord.Options.ApplicationId}/{(string)slow["token"]!}/messages/@original";
        var edit = bot.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == original, "the deferred answer");
        bot.Host.Services.GetRequiredService<SlowCommand>().Release();
        var body = (await edit).Json!;
        Assert.Equal("Finally, the answer.", (string?)body["content"]);
        AssertMentionsNobody(body);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task A_slow_answer_in_a_server_that_answers_privately_is_deferred_privately()
    {
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, WiringCommands.Settings("--Discord:DeferAfterMilliseconds=200"));
        var store = bot.Host.Services.GetRequiredService<ISettingsStore>();
        var change = await store.ChangeAsync(bot.Discord.Options.GuildIds[0], new SettingEdit.Assign(SettingsCatalog.Visibility, "ephemeral"),
            new SettingsActor(FakePayloads.DefaultUserId, "moderator"), CancellationToken.None);
        Assert.Equal(SettingChangeStatus.Changed, change.Status);
        var slow = FakePayloads.SlashCommand(bot.Discord.Options, "slow");

        var deferred = await bot.Discord.InjectInteractionAndWaitForCallbackAsync(slow);

        Assert.Equal(5, (int)deferred.Json!["type"]!);
        Assert.Equal(64, (int)deferred.Json!["data"]!["flags"]!);
        var original = $"/webhooks/{bot.Discord.Options.ApplicationId}/{(string)slow["token"]!}/messages/@original";
        var edit = bot.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == original, "the deferred answer");
        bot.Host.Services.GetRequiredService<SlowCommand>().Release();
        Assert.Equal("Finally, the answer.", (string?)(await edit).Json!["content"]);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task Autocomplete_offers_at_most_25_choices_that_fit_discords_limits()
    {
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, WiringCommands.Settings());
        var interaction = FakePayloads.Autocomplete(bot.Discord.Options, "ask", FakePayloads.Option("question", "who", focused: true));

        var callback = await bot.Discord.InjectInteractionAndWaitForCallbackAsync(interaction);

        Assert.Equal(8, (int)callback.Json!["type"]!);
        var choices = callback.Json!["data"]!["choices"]!.AsArray();
        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.InRange(((string)c!["name"]!).Length, 1, 100));
        Assert.Equal("who 1", (string?)choices[0]!["value"]);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task The_asker_pages_in_place_and_anyone_else_is_refused_privately()
    {
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, WiringCommands.Settings());
        var options = bot.Discord.Options;
        var asked = await bot.Discord.InjectInteractionAndWaitForCallbackAsync(
            FakePayloads.SlashCommand(options, "ask", FakePayloads.Option("question", "tell me more")));
        var more = (string)asked.Json!["data"]!["components"]![0]!["components"]![0]!["custom_id"]!;

        var paged = await bot.Discord.InjectInteractionAndWaitForCallbackAsync(FakePayloads.ButtonClick(options, more));
        Assert.Equal(7, (int)paged.Json!["type"]!);
        Assert.Equal("Page 2", (string?)paged.Json!["data"]!["embeds"]![0]!["title"]);
        AssertMentionsNobody(paged.Json!["data"]);

        var refused = await bot.Discord.InjectInteractionAndWaitForCallbackAsync(FakePayloads.ButtonClick(options, more, userId: "400000000000000999"));
        Assert.Equal(4, (int)refused.Json!["type"]!);
        Assert.Equal(64, (int)refused.Json!["data"]!["flags"]!);
        Assert.Equal(WiringCommands.PageRefusal, (string?)refused.Json!["data"]!["content"]);
        Assert.Empty(bot.Discord.Violations);
    }

    [Theory]
    [InlineData("boom")]
    [InlineData("broken")]
    public async Task A_failing_command_still_gets_the_user_a_private_apology_and_is_logged(string command)
    {
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, WiringCommands.Settings());
        var interaction = FakePayloads.SlashCommand(bot.Discord.Options, command);

        var callback = await bot.Discord.InjectInteractionAndWaitForCallbackAsync(interaction);

        Assert.Equal(4, (int)callback.Json!["type"]!);
        Assert.Equal(64, (int)callback.Json!["data"]!["flags"]!);
        Assert.Equal(CommandRouter.Apology.Text, (string?)callback.Json!["data"]!["content"]);
        var id = (string)interaction["id"]!;
        Assert.Contains(bot.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error && l.Exception is not null
            && (command == "boom" ? l.Message.Contains("/boom", StringComparison.Ordinal) : l.Message.Contains(id, StringComparison.Ordinal)));
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task A_reply_past_every_limit_is_cut_to_fit_and_Discord_accepts_it()
    {
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, WiringCommands.Settings());

        var callback = await bot.Discord.InjectInteractionAndWaitForCallbackAsync(FakePayloads.SlashCommand(bot.Discord.Options, "oversized"));

        Assert.Empty(bot.Discord.Violations);
        Assert.Equal(204, callback.Status);
        var data = callback.Json!["data"]!;
        var content = (string)data["content"]!;
        Assert.InRange(content.Length, 1900, 2000);
        Assert.EndsWith(OversizedCommand.Word.Trim() + "…", content, StringComparison.Ordinal);
        var embeds = data["embeds"]!.AsArray();
        Assert.InRange(embeds.Count, 1, 10);
        var first = embeds[0]!;
        Assert.InRange(((string)first["description"]!).Length, 1, 4096);
        Assert.DoesNotContain("**", (string)first["description"]!, StringComparison.Ordinal);
        var rows = data["components"]!.AsArray();
        Assert.InRange(rows.Count, 1, 5);
        Assert.All(rows, r => Assert.InRange(r!["components"]!.AsArray().Count, 1, 5));
        Assert.DoesNotContain(rows.SelectMany(r => r!["components"]!.AsArray()), b => ((string?)b!["custom_id"])?.Length > 100);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task Commands_are_registered_in_the_configured_guild_only()
    {
        var guildId = new FakeDiscordOptions().GuildIds[0];
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, WiringCommands.Settings($"--Discord:CommandGuildId={guildId}"));

        var registration = await bot.Discord.WaitForRequestAsync(BotHarness.IsCommandRegistration, "command registration");

        Assert.Equal($"/applications/{bot.Discord.Options.ApplicationId}/guilds/{guildId}/commands", registration.Path);
        Assert.Null(bot.Discord.GlobalCommands);
        var names = bot.Discord.GuildCommands(guildId)!.Select(c => (string)c!["name"]!).ToList();
        Assert.Equal(["ask", "boom", "broken", "slow", "oversized"], names);
        Assert.All(bot.Discord.GuildCommands(guildId)!, c => Assert.Null(c!["contexts"]));
        Assert.Empty(bot.Discord.Violations);
    }

    internal static void AssertMentionsNobody(JsonNode? message)
    {
        var mentions = message?["allowed_mentions"];
        Assert.NotNull(mentions);
        Assert.Empty(mentions["parse"]!.AsArray());
        Assert.False((bool)mentions["replied_user"]!);
    }
}
