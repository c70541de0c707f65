using Microsoft.Extensions.Logging;
using StoryBot.Commands;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Commands;

public class CommandRouterTests
{
    private static readonly CommandContext Alice = new() { UserId = "111", GuildId = "g1" };
    private readonly ListLogger<CommandRouter> logger = new();

    private CommandRouter Router(IEnumerable<ICommand> commands, params ICommandGate[] gates) => new(commands, gates, logger);

    [Fact]
    public async Task A_command_that_throws_gets_a_short_apology_and_the_error_is_logged()
    {
        var boom = new FakeCommand("boom", _ => throw new InvalidOperationException("index exploded"));
        var router = Router([boom]);

        var reply = await router.ExecuteAsync("boom", Alice, CancellationToken.None);

        Assert.Same(CommandRouter.Apology, reply);
        Assert.StartsWith("Sorry", reply.Text);
        Assert.DoesNotContain("index exploded", reply.Text);
        var logged = Assert.Single(logger.Entries, e => e.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(logged.Exception);
        Assert.Contains("boom", logged.Message);
    }

    [Fact]
    public async Task A_button_handler_that_throws_also_gets_the_apology()
    {
        var router = Router([new ThrowingButtonCommand()]);

        var reply = await router.PressAsync("explode:1", Alice, CancellationToken.None);

        Assert.Same(CommandRouter.Apology, reply);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Commands_are_found_by_name_with_or_without_a_slash_and_in_any_case()
    {
        var story = new FakeCommand("story", _ => Reply.Message("the story"));
        var router = Router([story]);

        Assert.Equal("the story", (await router.ExecuteAsync("/Story", Alice, CancellationToken.None)).Text);
        Assert.Same(story, router.Find("STORY"));
        Assert.Null(router.Find("nope"));
    }

    [Fact]
    public async Task An_unknown_command_gets_a_pointer_to_help()
    {
        var reply = await Router([]).ExecuteAsync("nope", Alice, CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Contains("/help", reply.Text);
    }

    [Fact]
    public async Task Free_text_is_asked_as_a_question()
    {
        var ask = new EchoAskCommand();
        var reply = await Router([ask]).ExecuteTextAsync("  what happened next?  ", Alice, CancellationToken.None);

        Assert.Equal("what happened next?", Assert.Single(reply.Cards).Title);
    }

    [Fact]
    public async Task A_typed_command_line_gives_the_rest_of_the_line_to_the_first_option()
    {
        var quotes = new FakeCommand("quotes", c => Reply.Message(c.Option("speaker") ?? "(none)"),
            new CommandOptionDefinition("speaker", "Who", CommandOptionType.String));
        var router = Router([quotes]);

        Assert.Equal("Jane Holloway", (await router.ExecuteTextAsync("/quotes Jane Holloway", Alice, CancellationToken.None)).Text);
        Assert.Equal("(none)", (await router.ExecuteTextAsync("/quotes", Alice, CancellationToken.None)).Text);
        Assert.Equal("111", quotes.Calls[0].UserId);
    }

    [Fact]
    public async Task A_typed_command_line_reads_subcommands_and_named_options()
    {
        var config = new FakeCommand("config", c => Reply.Message($"{c.Subcommand}|{c.Option("key")}|{c.Option("value")}"),
            new CommandOptionDefinition("show", "Show", CommandOptionType.Subcommand),
            new CommandOptionDefinition("set", "Set", CommandOptionType.Subcommand)
            {
                Options =
                [
                    new CommandOptionDefinition("key", "Key", CommandOptionType.String, Required: true),
                    new CommandOptionDefinition("value", "Value", CommandOptionType.String, Required: true),
                ],
            });
        var router = Router([config]);

        var reply = await router.ExecuteTextAsync("/config set key:reply style value:short and sweet", Alice, CancellationToken.None);

        Assert.Equal("set|reply style|short and sweet", reply.Text);
        Assert.Equal("show||", (await router.ExecuteTextAsync("/config show", Alice, CancellationToken.None)).Text);
    }

    [Fact]
    public async Task A_gate_can_refuse_a_command_before_it_runs()
    {
        var story = new FakeCommand("story", _ => Reply.Message("the story"));
        var gate = new ScriptedGate((name, context) => name == "story"
            ? new GateDecision.Refuse(Reply.Message("Not here.", ephemeral: true))
            : new GateDecision.Allow(context, Ephemeral: false));
        var router = Router([story, new EchoAskCommand()], gate);

        var refused = await router.ExecuteAsync("story", Alice, CancellationToken.None);
        var allowed = await router.ExecuteTextAsync("still allowed?", Alice, CancellationToken.None);

        Assert.Equal("Not here.", refused.Text);
        Assert.Empty(story.Calls);
        Assert.Equal("still allowed?", Assert.Single(allowed.Cards).Title);
        Assert.Equal(["story", "ask"], gate.Seen);
    }

    [Fact]
    public async Task A_gate_can_adjust_the_context_and_make_the_reply_private()
    {
        var story = new FakeCommand("story", c => Reply.Message($"for {c.UserName}"));
        var router = Router([story], new ScriptedGate((_, c) => new GateDecision.Allow(c with { UserName = "adjusted" }, Ephemeral: true)));

        var reply = await router.ExecuteAsync("story", Alice, CancellationToken.None);

        Assert.Equal("for adjusted", reply.Text);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task A_mention_the_gate_ignores_gets_no_reply_but_a_slash_command_is_always_answered()
    {
        var ask = new EchoAskCommand();
        var gate = new ScriptedGate((_, _) => new GateDecision.Ignore());
        var router = Router([ask, new FakeCommand("story", _ => Reply.Message("x"))], gate);

        Assert.Null(await router.MentionAsync("anyone there?", Alice, CancellationToken.None));
        Assert.Same(CommandRouter.NotHere, await router.ExecuteAsync("story", Alice, CancellationToken.None));
        Assert.Equal([CommandRouter.MentionGateName, "story"], gate.Seen);
    }

    [Fact]
    public async Task A_mention_is_answered_as_a_question()
    {
        var reply = await Router([new EchoAskCommand()]).MentionAsync(" what now? ", Alice, CancellationToken.None);

        Assert.Equal("what now?", Assert.Single(reply!.Cards).Title);
    }

    [Fact]
    public async Task A_gate_that_throws_gets_the_apology_and_the_command_does_not_run()
    {
        var story = new FakeCommand("story", _ => Reply.Message("the story"));
        var router = Router([story], new ScriptedGate((_, _) => throw new InvalidOperationException("settings store down")));

        Assert.Same(CommandRouter.Apology, await router.ExecuteAsync("story", Alice, CancellationToken.None));
        Assert.Empty(story.Calls);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task Button_presses_go_to_the_command_that_owns_the_action_id()
    {
        var ask = new EchoAskCommand();
        var router = Router([new FakeCommand("story", _ => Reply.Message("x")), ask]);

        var reply = await router.PressAsync("ask:more:111:1:k", Alice, CancellationToken.None);
        var unknown = await router.PressAsync("nobody:owns:this", Alice, CancellationToken.None);

        Assert.Equal("Page for ask:more:111:1:k", reply.Text);
        Assert.True(unknown.Ephemeral);
        Assert.NotNull(unknown.Text);
    }

    [Fact]
    public void Autocomplete_is_capped_at_25_choices_and_a_failing_one_gives_none()
    {
        var router = Router([new EchoAskCommand(), new ThrowingAutocompleteCommand()]);

        Assert.Equal(25, router.Suggest("ask", "question", "who", Alice).Count);
        Assert.Empty(router.Suggest("broken", "x", "who", Alice));
        Assert.Empty(router.Suggest("nope", "x", "who", Alice));
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error);
    }

    [Fact]
    public void Two_commands_with_one_name_are_refused_at_start_up()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            Router([new FakeCommand("story", _ => Reply.Message("a")), new FakeCommand("story", _ => Reply.Message("b"))]));
        Assert.Contains("story", ex.Message);
    }

    private sealed class ScriptedGate(Func<string, CommandContext, GateDecision> decide) : ICommandGate
    {
        public List<string> Seen { get; } = [];

        public ValueTask<GateDecision> CheckAsync(string commandName, CommandContext context, CancellationToken cancellationToken)
        {
            Seen.Add(commandName);
            return ValueTask.FromResult(decide(commandName, context));
        }
    }

    private sealed class ThrowingButtonCommand : IButtonCommand
    {
        public CommandDefinition Definition { get; } = new("explode", "Explodes", []);
        public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) => Task.FromResult(Reply.Message("ok"));
        public bool Owns(string actionId) => actionId.StartsWith("explode:", StringComparison.Ordinal);
        public Task<Reply> PressAsync(string actionId, CommandContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("button failed");
    }

    private sealed class ThrowingAutocompleteCommand : IAutocompleteCommand
    {
        public CommandDefinition Definition { get; } = new("broken", "Broken", []);
        public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) => Task.FromResult(Reply.Message("ok"));
        public IReadOnlyList<CommandChoice> Suggest(string optionName, string typed, CommandContext context) =>
            throw new InvalidOperationException("suggest failed");
    }
}
