using StoryBot.FakeDiscord;
using static StoryBot.Tests.Discord.Settings.SettingsBot;

namespace StoryBot.Tests.Discord.Settings;

/// <summary>
/// Each setting through the fake Discord: a moderator sets it with /config, a member sees the bot behave differently,
/// then the host is stopped and a new one started on the same database file, and the setting still holds.
/// </summary>
public sealed class EachSettingEndToEndTests : IDisposable
{
    private const string Newsroom = "300000000000000042";

    private readonly SettingsBot _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Answer_channels_point_members_elsewhere_to_them_and_survive_a_restart()
    {
        await using (var bot = await _db.StartAsync())
        {
            // No answer channels yet: answered anywhere.
            var earlier = await InteractionAnswer.GetAsync(bot.Discord, Search(bot.Discord.Options));
            AssertAnswered(earlier);
            var changed = await ModeratorAsync(bot, ConfigPayloads.AddChannel(bot.Discord.Options, Newsroom));
            Assert.Contains($"every channel → <#{Newsroom}>", changed);
            await AssertAnswersOnlyInNewsroom(bot);

            // The button on the earlier answer, pressed where the bot no longer answers, gets the same pointer.
            var pressed = await InteractionAnswer.GetAsync(bot.Discord,
                FakePayloads.ButtonClick(bot.Discord.Options, MoreButton(earlier.Message), userId: ConfigPayloads.MemberId));
            Assert.False(pressed.ReplacesButtonMessage);
            Assert.Contains($"<#{Newsroom}>", AssertRefused(pressed));
            Assert.Empty(bot.Discord.Violations);
        }
        await using (var bot = await _db.StartAsync())
            await AssertAnswersOnlyInNewsroom(bot);

        static async Task AssertAnswersOnlyInNewsroom(BotHarness bot)
        {
            var elsewhere = await InteractionAnswer.GetAsync(bot.Discord, Ask(bot.Discord.Options));
            Assert.Contains($"<#{Newsroom}>", AssertRefused(elsewhere));
            var inNewsroom = await InteractionAnswer.GetAsync(bot.Discord, Ask(bot.Discord.Options, channelId: Newsroom));
            Assert.Equal(Question, (string?)AssertAnswered(inNewsroom)["title"]);
            Assert.False(IsPrivate(inNewsroom));
            Assert.Empty(bot.Discord.Violations);
        }
    }

    [Fact]
    public async Task Visibility_ephemeral_shows_answers_to_the_asker_alone_and_survives_a_restart()
    {
        await using (var bot = await _db.StartAsync())
        {
            Assert.False(IsPrivate(await InteractionAnswer.GetAsync(bot.Discord, Ask(bot.Discord.Options))));
            var changed = await ModeratorAsync(bot, ConfigPayloads.Set(bot.Discord.Options, "visibility", FakePayloads.Option("mode", "ephemeral")));
            Assert.Contains("public → ephemeral", changed);
            await AssertPrivateAnswer(bot);
        }
        await using (var bot = await _db.StartAsync())
            await AssertPrivateAnswer(bot);

        static async Task AssertPrivateAnswer(BotHarness bot)
        {
            var options = bot.Discord.Options;
            var answer = await InteractionAnswer.GetAsync(bot.Discord, Ask(options));
            AssertAnswered(answer);
            Assert.Equal(64, (int)answer.Callback.Json!["data"]!["flags"]!);

            // A reply to a mention is public, so the answer is not given there: the member is sent to /ask.
            var reply = bot.Discord.WaitForRequestAsync(IsChannelMessage, "the reply to the mention");
            await bot.Discord.InjectMessageAsync(FakePayloads.Message(options, $"<@{options.BotUserId}> {Question}", authorId: ConfigPayloads.MemberId));
            var body = (await reply).Json!;
            Assert.Contains("/ask", (string?)body["content"]);
            Assert.True(body["embeds"] is null or System.Text.Json.Nodes.JsonArray { Count: 0 }, "no answer in public");
            Assert.Empty(bot.Discord.Violations);
        }
    }

    [Fact]
    public async Task Passages_per_answer_sets_how_many_passages_search_and_its_button_show_and_survives_a_restart()
    {
        await using (var bot = await _db.StartAsync())
        {
            var before = await InteractionAnswer.GetAsync(bot.Discord, Search(bot.Discord.Options));
            Assert.Equal(3, NumberedPassages(AssertAnswered(before)));
            var changed = await ModeratorAsync(bot, ConfigPayloads.Set(bot.Discord.Options, "passages", FakePayloads.Option("count", 1, type: 4)));
            Assert.Contains("3 → 1", changed);
            await AssertOnePassageAtATime(bot);
        }
        await using (var bot = await _db.StartAsync())
        {
            await AssertOnePassageAtATime(bot);
            var reset = await ModeratorAsync(bot, ConfigPayloads.Reset(bot.Discord.Options, "passages"));
            Assert.Contains("1 → 3", reset);
            Assert.Equal(3, NumberedPassages(AssertAnswered(await InteractionAnswer.GetAsync(bot.Discord, Search(bot.Discord.Options)))));
        }

        static async Task AssertOnePassageAtATime(BotHarness bot)
        {
            var options = bot.Discord.Options;
            var searched = await InteractionAnswer.GetAsync(bot.Discord, Search(options));
            Assert.Equal(1, NumberedPassages(AssertAnswered(searched)));
            var paged = await InteractionAnswer.GetAsync(bot.Discord,
                FakePayloads.ButtonClick(options, MoreButton(searched.Message), userId: ConfigPayloads.MemberId));
            Assert.True(paged.ReplacesButtonMessage);
            Assert.Equal(1, NumberedPassages(AssertAnswered(paged)));
            Assert.Empty(bot.Discord.Violations);
        }
    }

    [Fact]
    public async Task A_cooldown_tells_a_member_when_to_try_again_and_survives_a_restart()
    {
        await using (var bot = await _db.StartAsync())
        {
            var changed = await ModeratorAsync(bot, ConfigPayloads.Set(bot.Discord.Options, "cooldown", FakePayloads.Option("seconds", 600, type: 4)));
            Assert.Contains("none → 600 s", changed);
            await AssertSecondQuestionWaits(bot);
        }
        await using (var bot = await _db.StartAsync())
            await AssertSecondQuestionWaits(bot);

        static async Task AssertSecondQuestionWaits(BotHarness bot)
        {
            AssertAnswered(await InteractionAnswer.GetAsync(bot.Discord, Ask(bot.Discord.Options)));
            var refused = AssertRefused(await InteractionAnswer.GetAsync(bot.Discord, Ask(bot.Discord.Options)));
            var seconds = int.Parse(System.Text.RegularExpressions.Regex.Match(refused, @"try again in (\d+) s").Groups[1].Value);
            Assert.InRange(seconds, 1, 600);
            // The cooldown is per member: someone else is still answered.
            AssertAnswered(await InteractionAnswer.GetAsync(bot.Discord, Ask(bot.Discord.Options, userId: "400000000000000333")));
            Assert.Empty(bot.Discord.Violations);
        }
    }

    [Fact]
    public async Task Turning_mentions_off_leaves_mentions_unanswered_and_survives_a_restart()
    {
        // One handler at a time, in arrival order: once a later event is answered, the mention has been dealt with.
        string[] oneAtATime = ["--Discord:MaxConcurrentInteractions=1"];
        await using (var bot = await _db.StartAsync(oneAtATime))
        {
            var changed = await ModeratorAsync(bot, ConfigPayloads.Set(bot.Discord.Options, "mentions", FakePayloads.Option("answer", false, type: 5)));
            Assert.Contains("on → off", changed);
            await AssertMentionIgnored(bot);
        }
        await using (var bot = await _db.StartAsync(oneAtATime))
            await AssertMentionIgnored(bot);

        static async Task AssertMentionIgnored(BotHarness bot)
        {
            var options = bot.Discord.Options;
            await bot.Discord.InjectMessageAsync(FakePayloads.Message(options, $"<@{options.BotUserId}> {Question}", authorId: ConfigPayloads.MemberId));
            // A direct message has no server settings, so it is answered; it comes after the mention.
            const string DmChannel = "300000000000000777";
            var dmReply = bot.Discord.WaitForRequestAsync(r => IsChannelMessage(r) && r.Path == $"/channels/{DmChannel}/messages", "the answer to the DM");
            await bot.Discord.InjectMessageAsync(FakePayloads.Message(options, Question, mentionBot: false, authorId: ConfigPayloads.MemberId, guildId: null, channelId: DmChannel));
            await dmReply;

            Assert.Single(bot.Discord.Requests.Snapshot(), IsChannelMessage);
            Assert.Empty(bot.Discord.Violations);
        }
    }

    [Fact]
    public async Task A_disabled_command_says_so_its_buttons_stop_working_and_it_survives_a_restart()
    {
        await using (var bot = await _db.StartAsync())
        {
            var options = bot.Discord.Options;
            var earlier = await InteractionAnswer.GetAsync(bot.Discord, Search(options));
            var more = MoreButton(earlier.Message);
            var changed = await ModeratorAsync(bot, ConfigPayloads.Set(options, "disable-command", FakePayloads.Option("command", "search")));
            Assert.Contains("none → /search", changed);

            await AssertSearchOff(bot);
            // A button from before the change obeys the setting too.
            var pressed = await InteractionAnswer.GetAsync(bot.Discord, FakePayloads.ButtonClick(options, more, userId: ConfigPayloads.MemberId));
            Assert.False(pressed.ReplacesButtonMessage);
            Assert.Contains("/search is turned off", AssertRefused(pressed));
        }
        await using (var bot = await _db.StartAsync())
        {
            await AssertSearchOff(bot);
            await ModeratorAsync(bot, ConfigPayloads.Set(bot.Discord.Options, "enable-command", FakePayloads.Option("command", "search")));
            AssertAnswered(await InteractionAnswer.GetAsync(bot.Discord, Search(bot.Discord.Options)));
        }

        static async Task AssertSearchOff(BotHarness bot)
        {
            Assert.Contains("/search is turned off", AssertRefused(await InteractionAnswer.GetAsync(bot.Discord, Search(bot.Discord.Options))));
            AssertAnswered(await InteractionAnswer.GetAsync(bot.Discord, Ask(bot.Discord.Options)));
            Assert.Empty(bot.Discord.Violations);
        }
    }

    [Fact]
    public async Task A_moderator_role_lets_its_members_use_config_without_manage_server_and_survives_a_restart()
    {
        const string StoryMods = "600000000000000001";
        await using (var bot = await _db.StartAsync())
        {
            Assert.Contains("Only members with the Manage Server permission", await RoleMemberShowsSettings(bot));
            var changed = await ModeratorAsync(bot, ConfigPayloads.ModeratorRole(bot.Discord.Options, StoryMods));
            Assert.Contains($"none → <@&{StoryMods}>", changed);
            Assert.Contains("StoryBot settings for this server", await RoleMemberShowsSettings(bot));
        }
        await using (var bot = await _db.StartAsync())
        {
            Assert.Contains("StoryBot settings for this server", await RoleMemberShowsSettings(bot));
            // The role member may change settings too, and the change is theirs in the log.
            await ModeratorAsync(bot, ConfigPayloads.Set(bot.Discord.Options, "cooldown", FakePayloads.Option("seconds", 5, type: 4),
                permissions: ConfigPayloads.Member, userId: ConfigPayloads.MemberId, userName: "role-rita", roles: StoryMods));
            Assert.Contains("role-rita · Cooldown: none → 5 s", await ModeratorAsync(bot, ConfigPayloads.Log(bot.Discord.Options)));
            Assert.Empty(bot.Discord.Violations);
        }

        static Task<string> RoleMemberShowsSettings(BotHarness bot) => ModeratorAsync(bot,
            ConfigPayloads.Show(bot.Discord.Options, permissions: ConfigPayloads.Member, userId: ConfigPayloads.MemberId, userName: "role-rita", StoryMods));
    }

    [Fact]
    public async Task Config_log_lists_who_changed_what_from_what_to_what_newest_first_and_reset_goes_back_to_the_default()
    {
        await using (var bot = await _db.StartAsync())
        {
            var options = bot.Discord.Options;
            Assert.Contains("No settings changes yet", await ModeratorAsync(bot, ConfigPayloads.Log(options)));
            await ModeratorAsync(bot, ConfigPayloads.Set(options, "passages", FakePayloads.Option("count", 5, type: 4)));
            await ModeratorAsync(bot, ConfigPayloads.Set(options, "visibility", FakePayloads.Option("mode", "ephemeral")));
            Assert.Contains("ephemeral → public", await ModeratorAsync(bot, ConfigPayloads.Reset(options, "visibility")));
        }
        await using (var bot = await _db.StartAsync())
        {
            var log = (await ModeratorAsync(bot, ConfigPayloads.Log(bot.Discord.Options))).Split('\n');
            Assert.Equal("Last 3 settings changes", log[0]);
            Assert.EndsWith($"{ConfigPayloads.ModeratorName} · Answer visibility: ephemeral → public", log[1]);
            Assert.EndsWith($"{ConfigPayloads.ModeratorName} · Answer visibility: public → ephemeral", log[2]);
            Assert.EndsWith($"{ConfigPayloads.ModeratorName} · Passages per answer: 3 → 5", log[3]);
            var shown = await ModeratorAsync(bot, ConfigPayloads.Show(bot.Discord.Options));
            Assert.Contains("Answer visibility: public", shown);
            Assert.Contains("Passages per answer: 5", shown);
            Assert.Empty(bot.Discord.Violations);
        }
    }
}
