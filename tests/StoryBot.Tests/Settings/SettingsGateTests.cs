using StoryBot.Commands;
using StoryBot.Settings;
using static StoryBot.Tests.Settings.Contexts;

namespace StoryBot.Tests.Settings;

public sealed class SettingsGateTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task With_default_settings_every_command_runs_publicly_with_three_passages()
    {
        var decision = await Gate(GuildSettings.Default).CheckAsync("ask", Member(), default);

        var allow = Assert.IsType<GateDecision.Allow>(decision);
        Assert.False(allow.Ephemeral);
        Assert.Equal(3, allow.Context.PassagesPerAnswer);
    }

    [Fact]
    public async Task Direct_messages_have_no_server_settings_and_are_allowed()
    {
        var strict = new GuildSettings { AnswerChannelIds = new HashSet<string> { Newsroom }, DisabledCommands = new HashSet<string> { "ask" } };

        var decision = await Gate(strict).CheckAsync("ask", Member() with { GuildId = null }, default);

        Assert.IsType<GateDecision.Allow>(decision);
    }

    [Fact]
    public async Task Visibility_and_passages_shape_the_answer()
    {
        var settings = new GuildSettings { Visibility = AnswerVisibility.Ephemeral, PassagesPerAnswer = 5 };

        var allow = Assert.IsType<GateDecision.Allow>(await Gate(settings).CheckAsync("search", Member(), default));

        Assert.True(allow.Ephemeral);
        Assert.Equal(5, allow.Context.PassagesPerAnswer);
    }

    [Fact]
    public async Task A_mention_where_answers_are_private_gets_a_pointer_to_ask_instead_of_a_public_answer()
    {
        var settings = new GuildSettings { Visibility = AnswerVisibility.Ephemeral };

        var refused = Assert.IsType<GateDecision.Refuse>(await Gate(settings).CheckAsync("mention", Member(), default));

        Assert.Same(SettingsGate.PrivateAnswersOnly, refused.Reply);
    }

    [Fact]
    public async Task A_button_press_obeys_disabled_commands_and_answer_channels_takes_the_page_size_and_ignores_the_cooldown()
    {
        var gate = Gate(new GuildSettings { CooldownSeconds = 60, PassagesPerAnswer = 2, AnswerChannelIds = new HashSet<string> { Newsroom } });
        var inNewsroom = Member() with { ChannelId = Newsroom };

        Assert.IsType<GateDecision.Allow>(await gate.CheckAsync("search", inNewsroom, default));
        var press = Assert.IsType<GateDecision.Allow>(await gate.CheckPressAsync("search", inNewsroom, default));
        Assert.Equal(2, press.Context.PassagesPerAnswer);
        Assert.IsType<GateDecision.Refuse>(await gate.CheckAsync("search", inNewsroom, default));
        Assert.IsType<GateDecision.Refuse>(await gate.CheckPressAsync("search", Member(), default));
        var off = Gate(new GuildSettings { DisabledCommands = new HashSet<string> { "search" } });
        Assert.IsType<GateDecision.Refuse>(await off.CheckPressAsync("search", Member(), default));
    }

    [Fact]
    public async Task Outside_the_answer_channels_the_asker_is_pointed_to_them_privately()
    {
        var settings = new GuildSettings { AnswerChannelIds = new HashSet<string> { Newsroom, "512" } };
        var gate = Gate(settings);

        var refused = Assert.IsType<GateDecision.Refuse>(await gate.CheckAsync("ask", Member(), default));

        Assert.True(refused.Reply.Ephemeral);
        Assert.Equal($"I answer in <#{Newsroom}>, <#512>.", refused.Reply.Text);
        Assert.IsType<GateDecision.Allow>(await gate.CheckAsync("ask", Member() with { ChannelId = Newsroom }, default));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("config")]
    public async Task Help_and_config_work_in_every_channel(string command)
    {
        var settings = new GuildSettings { AnswerChannelIds = new HashSet<string> { Newsroom } };

        Assert.IsType<GateDecision.Allow>(await Gate(settings).CheckAsync(command, Member(), default));
    }

    [Fact]
    public async Task Mentions_are_left_unanswered_when_turned_off_or_outside_the_answer_channels()
    {
        var off = new GuildSettings { AnswerMentions = false };
        var elsewhere = new GuildSettings { AnswerChannelIds = new HashSet<string> { Newsroom } };

        Assert.IsType<GateDecision.Ignore>(await Gate(off).CheckAsync(StoryCommands.Mention, Member(), default));
        Assert.IsType<GateDecision.Ignore>(await Gate(elsewhere).CheckAsync(StoryCommands.Mention, Member(), default));
        Assert.IsType<GateDecision.Allow>(await Gate(elsewhere).CheckAsync(StoryCommands.Mention, Member() with { ChannelId = Newsroom }, default));
    }

    [Fact]
    public async Task A_disabled_command_says_so_and_others_still_run()
    {
        var gate = Gate(new GuildSettings { DisabledCommands = new HashSet<string> { "quotes" } });

        var refused = Assert.IsType<GateDecision.Refuse>(await gate.CheckAsync("quotes", Member(), default));

        Assert.True(refused.Reply.Ephemeral);
        Assert.Equal("/quotes is turned off in this server.", refused.Reply.Text);
        Assert.IsType<GateDecision.Allow>(await gate.CheckAsync("signatories", Member(), default));
    }

    [Fact]
    public async Task The_cooldown_is_per_member_per_server_and_says_when_to_try_again()
    {
        var gate = Gate(new GuildSettings { CooldownSeconds = 30 });
        var alice = Member();
        var bob = Member() with { UserId = "1002" };

        Assert.IsType<GateDecision.Allow>(await gate.CheckAsync("ask", alice, default));
        _clock.Advance(TimeSpan.FromSeconds(10.5));
        var refused = Assert.IsType<GateDecision.Refuse>(await gate.CheckAsync("search", alice, default));
        Assert.True(refused.Reply.Ephemeral);
        Assert.Contains("try again in 20 s", refused.Reply.Text);
        Assert.IsType<GateDecision.Refuse>(await gate.CheckAsync(StoryCommands.Mention, alice, default));

        Assert.IsType<GateDecision.Allow>(await gate.CheckAsync("story", alice, default));
        Assert.IsType<GateDecision.Allow>(await gate.CheckAsync("ask", bob, default));
        Assert.IsType<GateDecision.Allow>(await gate.CheckAsync("ask", alice with { GuildId = "501" }, default));

        _clock.Advance(TimeSpan.FromSeconds(19.5));
        Assert.IsType<GateDecision.Allow>(await gate.CheckAsync("ask", alice, default));
    }

    [Fact]
    public async Task Two_requests_at_the_same_moment_cannot_both_pass_the_cooldown()
    {
        var gate = Gate(new GuildSettings { CooldownSeconds = 60 });
        var start = new TaskCompletionSource();
        var attempts = Enumerable.Range(0, 16)
            .Select(_ => Task.Run(async () => { await start.Task; return await gate.CheckAsync("ask", Member(), default); }))
            .ToList();

        start.SetResult();
        var decisions = await Task.WhenAll(attempts);

        Assert.Single(decisions, d => d is GateDecision.Allow);
    }

    [Fact]
    public async Task Settings_changed_through_the_store_apply_to_the_next_command()
    {
        using var folder = new TempFolder();
        using var store = Stores.Open(folder.File("storybot.db"));
        var gate = new SettingsGate(store, new CooldownTracker(_clock));
        Assert.IsType<GateDecision.Allow>(await gate.CheckAsync("story", Member(), default));

        await store.ChangeAsync(Guild, new SettingEdit.AddItem(SettingsCatalog.DisabledCommands, "story"), Stores.Alice, default);

        Assert.IsType<GateDecision.Refuse>(await gate.CheckAsync("story", Member(), default));
    }

    private SettingsGate Gate(GuildSettings settings) => new(new FixedSettingsStore(settings), new CooldownTracker(_clock));

    private sealed class FixedSettingsStore(GuildSettings settings) : ISettingsStore
    {
        public bool IsAvailable => true;

        public ValueTask<bool> CheckAvailableAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);

        public ValueTask<GuildSettings> GetAsync(string guildId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(guildId == Guild || guildId == "501" ? settings : GuildSettings.Default);

        public Task<SettingChangeResult> ChangeAsync(string guildId, SettingEdit edit, SettingsActor actor, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<AuditEntry>?> GetAuditLogAsync(string guildId, int count, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
