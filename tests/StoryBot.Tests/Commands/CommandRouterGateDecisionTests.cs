using Microsoft.Extensions.Logging.Abstractions;
using StoryBot.Commands;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Commands;

/// <summary>Gates that do more than refuse: adjust the context, hide the reply from others, or stay silent.</summary>
public sealed class CommandRouterGateDecisionTests
{
    private static readonly CommandContext Alice = new() { UserId = "1001", GuildId = "500", ChannelId = "510" };

    [Fact]
    public async Task An_allowing_gate_can_change_the_context_the_command_sees_and_make_the_reply_private()
    {
        var story = new FakeCommand("story", c => Reply.Message($"passages={c.PassagesPerAnswer}"));
        var gate = new DecidingGate(i => new GateDecision.Allow(i.Context with { PassagesPerAnswer = 5 }, Ephemeral: true));
        var router = new CommandRouter([story], [gate], NullLogger<CommandRouter>.Instance);

        var reply = await router.ExecuteAsync("story", Alice, default);

        Assert.Equal("passages=5", reply.Text);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task A_gate_that_ignores_a_mention_makes_the_router_answer_nothing_and_the_command_never_runs()
    {
        var ask = new EchoAskCommand();
        var gate = new DecidingGate(i => i.Kind == InvocationKind.Mention ? new GateDecision.Ignore() : new GateDecision.Allow(i.Context));
        var router = new CommandRouter([ask], [gate], NullLogger<CommandRouter>.Instance);

        var mention = await router.AskAsync("who signed?", Alice, default, InvocationKind.Mention);
        var typed = await router.AskAsync("who signed?", Alice, default);

        Assert.Same(Reply.Nothing, mention);
        Assert.True(mention.IsEmpty);
        Assert.False(typed.IsEmpty);
    }

    [Fact]
    public async Task A_gate_written_against_CheckAsync_alone_still_refuses()
    {
        var story = new FakeCommand("story", _ => Reply.Message("ran"));
        var router = new CommandRouter([story], [new RefusingGate()], NullLogger<CommandRouter>.Instance);

        Assert.Equal("No.", (await router.ExecuteAsync("story", Alice, default)).Text);
        Assert.Empty(story.Calls);
    }

    [Fact]
    public async Task A_typed_line_reaches_a_subcommand_inside_a_group_with_its_options()
    {
        var config = new FakeCommand("config", c => Reply.Message($"{c.SubcommandGroup}/{c.Subcommand}/{c.Option("count")}"),
            new CommandOptionDefinition("show", "Show", CommandOptionType.Subcommand),
            new CommandOptionDefinition("set", "Set", CommandOptionType.SubcommandGroup)
            {
                Options =
                [
                    new CommandOptionDefinition("passages", "Passages", CommandOptionType.Subcommand)
                    {
                        Options = [new CommandOptionDefinition("count", "Count", CommandOptionType.Integer, Required: true)],
                    },
                ],
            });
        var router = new CommandRouter([config], [], NullLogger<CommandRouter>.Instance);

        Assert.Equal("set/passages/4", (await router.ExecuteTextAsync("/config set passages count:4", Alice, default)).Text);
        Assert.Equal("/show/", (await router.ExecuteTextAsync("/config show", Alice, default)).Text);
    }

    [Fact]
    public async Task Typed_channel_names_count_as_local_only_when_the_caller_says_so()
    {
        var config = new FakeCommand("config", c => Reply.Message(
                $"{c.Option("channel")}:{(c.Resolved.TryGetValue(c.Option("channel") ?? "", out var e) ? e.GuildId : "unresolved")}"),
            new CommandOptionDefinition("add", "Add", CommandOptionType.Subcommand)
            {
                Options = [new CommandOptionDefinition("channel", "Channel", CommandOptionType.Channel, Required: true)],
            });
        var router = new CommandRouter([config], [], NullLogger<CommandRouter>.Instance);

        Assert.Equal("newsroom:500", (await router.ExecuteTextAsync("/config add channel:#newsroom", Alice, default, namesAreLocal: true)).Text);
        Assert.Equal("#newsroom:unresolved", (await router.ExecuteTextAsync("/config add channel:#newsroom", Alice, default)).Text);
    }

    private sealed class DecidingGate(Func<CommandInvocation, GateDecision> decide) : ICommandGate
    {
        public ValueTask<Reply?> CheckAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
            ValueTask.FromResult(decide(invocation) is GateDecision.Refuse r ? r.Reply : null);

        public ValueTask<GateDecision> DecideAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
            ValueTask.FromResult(decide(invocation));
    }

    private sealed class RefusingGate : ICommandGate
    {
        public ValueTask<Reply?> CheckAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
            ValueTask.FromResult<Reply?>(Reply.Message("No.", ephemeral: true));
    }
}
