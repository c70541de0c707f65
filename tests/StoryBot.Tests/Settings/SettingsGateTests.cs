using StoryBot.Commands;
using StoryBot.Settings;
using StoryBot.Tests.Support;
using static StoryBot.Tests.Settings.Contexts;

namespace StoryBot.Tests.Settings;

public sealed class SettingsGateTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task With_default_settings_every_command_runs_publicly_with_three_passages()
    {
        var decision = await Decide(Gate(GuildSettings.Default), "ask", Member());

        var allow = Assert.IsType<GateDecision.Allow>(decision);
        Assert.False(allow.Ephemeral);
        Assert.Equal(3, allow.Context.PassagesPerAnswer);
    }

    [Fact]
    public async Task Direct_messages_have_no_server_settings_and_are_allowed()
    {
        var strict = new GuildSettings { AnswerChannelIds = new HashSet<string> { Newsroom }, DisabledCommands = new HashSet<string> { "ask" } };

        var decision = await Decide(Gate(strict), "ask", Member() with { GuildId = null });

        Assert.IsType<GateDecision.Allow>(decision);
    }

    [Fact]
    public async Task Visibility_and_passages_shape_the_answer()
    {
        var settings = new GuildSettings { Visibility = AnswerVisibility.Ephemeral, PassagesPerAnswer = 5 };

        var allow = Assert.IsType<GateDecision.Allow>(await Decide(Gate(settings), "search", Member()));

        Assert.True(allow.Ephemeral);
        Assert.Equal(5, allow.Context.PassagesPerAnswer);
    }

    [Fact]
    public async Task Outside_the_answer_channels_the_asker_is_pointed_to_them_privately()
    {
        var settings = new GuildSettings { AnswerChannelIds = new HashSet<string> { Newsroom, "512" } };
        var gate = Gate(settings);

        var refused = Assert.IsType<GateDecision.Refuse>(await Decide(gate, "ask", Member()));

        Assert.True(refused.Reply.Ephemeral);
        Assert.Equal($"I answer in <#{Newsroom}>, <#512>.", refused.Reply.Text);
        Assert.IsType<GateDecision.Allow>(await Decide(gate, "ask", Member() with { ChannelId = Newsroom }));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("config")]
    public async Task Help_and_config_work_in_every_channel(string command)
    {
        var settings = new GuildSettings { AnswerChannelIds = new HashSet<string> { Newsroom } };

        Assert.IsType<GateDecision.Allow>(await Decide(Gate(settings), command, Member()));
    }

    [Fact]
    public async Task Mentions_are_left_unanswered_when_turned_off_or_outside_the_answer_channels()
    {
        var off = new GuildSettings { AnswerMentions = false };
        var elsewhere = new GuildSettings { AnswerChannelIds = new HashSet<string> { Newsroom } };

        Assert.IsType<GateDecision.Ignore>(await Decide(Gate(off), StoryCommands.Mention, Member()));
        Assert.IsType<GateDecision.Ignore>(await Decide(Gate(elsewhere), StoryCommands.Mention, Member()));
        Assert.IsType<GateDecision.Allow>(await Decide(Gate(elsewhere), StoryCommands.Mention, Member() with { ChannelId = Newsroom }));
    }

    [Fact]
    public async Task A_disabled_command_says_so_and_others_still_run()
    {
        var gate = Gate(new GuildSettings { DisabledCommands = new HashSet<string> { "quotes" } });

        var refused = Assert.IsType<GateDecision.Refuse>(await Decide(gate, "quotes", Member()));

        Assert.True(refused.Reply.Ephemeral);
        Assert.Equal("/quotes is turned off in this server.", refused.Reply.Text);
        Assert.IsType<GateDecision.Allow>(await Decide(gate, "signatories", Member()));
    }

    [Fact]
    public async Task The_cooldown_is_per_member_per_server_and_says_when_to_try_again()
    {
        var gate = Gate(new GuildSettings { CooldownSeconds = 30 });
        var alice = Member();
        var bob = Member() with { UserId = "1002" };

        Assert.IsType<GateDecision.Allow>(await Decide(gate, "ask", alice));
        _clock.Advance(TimeSpan.FromSeconds(10.5));
        var refused = Assert.IsType<GateDecision.Refuse>(await Decide(gate, "search", alice));
        Assert.True(refused.Reply.Ephemeral);
        Assert.Contains("try again in 20 s", refused.Reply.Text);
        Assert.IsType<GateDecision.Refuse>(await Decide(gate, StoryCommands.Mention, alice));

        Assert.IsType<GateDecision.Allow>(await Decide(gate, "story", alice));
        Assert.IsType<GateDecision.Allow>(await Decide(gate, "ask", bob));
        Assert.IsType<GateDecision.Allow>(await Decide(gate, "ask", alice with { GuildId = "501" }));

        _clock.Advance(TimeSpan.FromSeconds(19.5));
        Assert.IsType<GateDecision.Allow>(await Decide(gate, "ask", alice));
    }

    [Fact]
    public async Task Paging_an_answer_already_given_is_not_held_to_channels_or_the_cooldown_but_obeys_disabled_commands()
    {
        var settings = new GuildSettings { AnswerChannelIds = new HashSet<string> { Newsroom }, CooldownSeconds = 60, PassagesPerAnswer = 2 };
        var gate = Gate(settings);
        Assert.IsType<GateDecision.Allow>(await Decide(gate, "ask", Member() with { ChannelId = Newsroom }));

        var press = Assert.IsType<GateDecision.Allow>(await Decide(gate, "ask", Member(), InvocationKind.Button));

        Assert.Equal(2, press.Context.PassagesPerAnswer);
        var disabled = Gate(new GuildSettings { DisabledCommands = new HashSet<string> { "search" } });
        Assert.IsType<GateDecision.Refuse>(await Decide(disabled, "search", Member(), InvocationKind.Button));
    }

    [Fact]
    public async Task A_question_typed_as_plain_text_counts_as_ask()
    {
        var gate = Gate(new GuildSettings { DisabledCommands = new HashSet<string> { "ask" }, AnswerMentions = false });

        var refused = Assert.IsType<GateDecision.Refuse>(await Decide(gate, "ask", Member(), InvocationKind.FreeText));

        Assert.Equal("/ask is turned off in this server.", refused.Reply.Text);
    }

    [Fact]
    public async Task Two_requests_at_the_same_moment_cannot_both_pass_the_cooldown()
    {
        var gate = Gate(new GuildSettings { CooldownSeconds = 60 });
        var start = new TaskCompletionSource();
        var attempts = Enumerable.Range(0, 16)
            .Select(_ => Task.Run(async () => { await start.Task; return await Decide(gate, "ask", Member()); }))
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
        Assert.IsType<GateDecision.Allow>(await Decide(gate, "story", Member()));

        await store.ChangeAsync(Guild, new SettingEdit.AddItem(SettingsCatalog.DisabledCommands, "story"), Stores.Alice, default);

        Assert.IsType<GateDecision.Refuse>(await Decide(gate, "story", Member()));
    }

    private static ValueTask<GateDecision> Decide(SettingsGate gate, string command, CommandContext context, InvocationKind kind = InvocationKind.Command) =>
        gate.DecideAsync(Invocation(command, context, kind), default);

    private static CommandInvocation Invocation(string command, CommandContext context, InvocationKind kind = InvocationKind.Command) =>
        command == StoryCommands.Mention
            ? new(new FakeCommand("ask", _ => Reply.Message("answer")), context, InvocationKind.Mention)
            : new(new FakeCommand(command, _ => Reply.Message("answer")), context, kind);

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
