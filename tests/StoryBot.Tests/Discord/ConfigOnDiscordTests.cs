using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.FakeDiscord;
using StoryBot.Settings;

namespace StoryBot.Tests.Discord;

/// <summary>
/// /config through the fake Discord: the subcommand group, the channel picker's resolved objects and the member's
/// permissions travel from the interaction into the command.
/// </summary>
public sealed class ConfigOnDiscordTests
{
    private const string ChannelId = "300000000000000042";
    private const string ManageServer = "32";

    [Fact]
    public async Task A_moderator_adds_an_answer_channel_with_the_channel_picker()
    {
        await using var bot = await BotHarness.StartAsync();

        var answer = await InteractionAnswer.GetAsync(bot.Discord, AddChannel(bot.Discord.Options, ManageServer, resolved: true));

        Assert.Contains(ChannelId, (await SettingsOf(bot)).AnswerChannelIds);
        InteractionWiringTests.AssertMentionsNobody(answer.Message);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task A_channel_id_discord_did_not_resolve_changes_nothing()
    {
        await using var bot = await BotHarness.StartAsync();

        var answer = await InteractionAnswer.GetAsync(bot.Discord, AddChannel(bot.Discord.Options, ManageServer, resolved: false));

        Assert.True(answer.Ephemeral);
        Assert.Empty((await SettingsOf(bot)).AnswerChannelIds);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task A_member_without_manage_server_is_refused_privately()
    {
        await using var bot = await BotHarness.StartAsync();

        var answer = await InteractionAnswer.GetAsync(bot.Discord, AddChannel(bot.Discord.Options, "2147552256", resolved: true));

        Assert.True(answer.Ephemeral);
        Assert.Empty((await SettingsOf(bot)).AnswerChannelIds);
        Assert.Empty(bot.Discord.Violations);
    }

    private static JsonObject AddChannel(FakeDiscordOptions options, string permissions, bool resolved)
    {
        var group = new JsonObject
        {
            ["name"] = "set",
            ["type"] = 2,
            ["options"] = new JsonArray(FakePayloads.Subcommand("add-channel", FakePayloads.Option("channel", ChannelId, type: 7))),
        };
        var interaction = FakePayloads.SlashCommand(options, "config", group);
        interaction["member"]!["permissions"] = permissions;
        if (resolved)
        {
            interaction["data"]!["resolved"] = new JsonObject
            {
                ["channels"] = new JsonObject
                {
                    [ChannelId] = new JsonObject { ["id"] = ChannelId, ["name"] = "newsroom", ["type"] = 0, ["permissions"] = "2147552256" },
                },
            };
        }
        return interaction;
    }

    private static async Task<GuildSettings> SettingsOf(BotHarness bot) =>
        await bot.Host.Services.GetRequiredService<ISettingsStore>().GetAsync(bot.Discord.Options.GuildIds[0], CancellationToken.None);
}
