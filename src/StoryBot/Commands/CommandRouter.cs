using Microsoft.Extensions.Logging;

namespace StoryBot.Commands;

/// <summary>
/// The one place every transport hands a request to: finds the command by name, routes button action ids and
/// autocomplete, turns free text into /ask, consults the <see cref="ICommandGate"/>s, and turns a command that
/// throws into a short apology (logged) so the user always gets an answer.
/// </summary>
public sealed class CommandRouter
{
    public const string AskCommandName = "ask";
    public const string AskQuestionOption = "question";
    public const int MaxSuggestions = 25;

    public static readonly Reply Apology =
        Reply.Message("Sorry, something went wrong while answering that. Please try again in a moment.", ephemeral: true);

    private readonly IReadOnlyList<ICommand> commands;
    private readonly Dictionary<string, ICommand> byName;
    private readonly IReadOnlyList<ICommandGate> gates;
    private readonly ILogger<CommandRouter> logger;

    public CommandRouter(IEnumerable<ICommand> commands, IEnumerable<ICommandGate> gates, ILogger<CommandRouter> logger)
    {
        this.commands = [.. commands];
        byName = new Dictionary<string, ICommand>(StringComparer.OrdinalIgnoreCase);
        foreach (var command in this.commands)
        {
            if (!byName.TryAdd(command.Definition.Name, command))
                throw new InvalidOperationException($"Two commands are named '{command.Definition.Name}'.");
        }
        this.gates = [.. gates];
        this.logger = logger;
    }

    public IReadOnlyList<ICommand> Commands => commands;

    /// <summary>Every command's definition, in registration order: what Discord registers and /help lists.</summary>
    public IReadOnlyList<CommandDefinition> Definitions => [.. commands.Select(c => c.Definition)];

    public ICommand? Find(string name) => byName.GetValueOrDefault(name.TrimStart('/'));

    /// <summary>Runs the named command with the options in <paramref name="context"/>.</summary>
    public Task<Reply> ExecuteAsync(string commandName, CommandContext context, CancellationToken cancellationToken)
    {
        var command = Find(commandName);
        if (command is null)
            return Task.FromResult(Reply.Message($"There is no /{commandName.TrimStart('/')} command. Try /help.", ephemeral: true));
        return RunAsync(new CommandInvocation(command, context, InvocationKind.Command),
            allowed => command.ExecuteAsync(allowed, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// A question typed as plain text (a console line, or with <see cref="InvocationKind.Mention"/> a message that
    /// mentions the bot): answered as /ask. A mention may get <see cref="Reply.Nothing"/>: then send nothing.
    /// </summary>
    public Task<Reply> AskAsync(string question, CommandContext context, CancellationToken cancellationToken, InvocationKind kind = InvocationKind.FreeText)
    {
        var command = Find(AskCommandName)
            ?? throw new InvalidOperationException("The /ask command is not registered.");
        var askContext = context with
        {
            Options = new Dictionary<string, string> { [AskQuestionOption] = question.Trim() },
            Subcommand = null,
        };
        return RunAsync(new CommandInvocation(command, askContext, kind),
            allowed => command.ExecuteAsync(allowed, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// A typed line: "/name text" runs that command (see <see cref="TextCommandParser"/>), anything else is a question.
    /// With <paramref name="namesAreLocal"/> (the console, which plays its own server), channels and roles typed as
    /// option values are taken to be the context's server's (see <see cref="TypedEntities"/>); otherwise only
    /// <see cref="CommandContext.Resolved"/> vouches for them.
    /// </summary>
    public Task<Reply> ExecuteTextAsync(string line, CommandContext context, CancellationToken cancellationToken, bool namesAreLocal = false)
    {
        var parsed = TextCommandParser.Parse(line, Find);
        if (parsed is null)
            return AskAsync(line, context, cancellationToken);
        if (parsed.Command is null)
            return Task.FromResult(Reply.Message($"There is no /{parsed.Name} command. Try /help.", ephemeral: true));
        var typed = context with { Options = parsed.Options, Subcommand = parsed.Subcommand, SubcommandGroup = parsed.SubcommandGroup };
        if (namesAreLocal)
            typed = TypedEntities.ResolveAsLocal(typed, parsed.Command.Definition);
        return ExecuteAsync(parsed.Name, typed, cancellationToken);
    }

    /// <summary>A button press: the action id goes back to the command that made the button.</summary>
    public Task<Reply> PressAsync(string actionId, CommandContext context, CancellationToken cancellationToken)
    {
        var command = commands.OfType<IButtonCommand>().FirstOrDefault(c => c.Owns(actionId));
        if (command is null)
            return Task.FromResult(Reply.Message("That button no longer does anything. Try the command again.", ephemeral: true));
        return RunAsync(new CommandInvocation(command, context, InvocationKind.Button),
            allowed => command.PressAsync(actionId, allowed, cancellationToken), cancellationToken);
    }

    /// <summary>Suggestions for the option being typed; at most <see cref="MaxSuggestions"/>, never throws.</summary>
    public IReadOnlyList<CommandChoice> Suggest(string commandName, string optionName, string typed, CommandContext context)
    {
        if (Find(commandName) is not IAutocompleteCommand command)
            return [];
        try
        {
            return [.. command.Suggest(optionName, typed ?? "", context).Take(MaxSuggestions)];
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Autocomplete for /{Command} {Option} failed", commandName, optionName);
            return [];
        }
    }

    private async Task<Reply> RunAsync(CommandInvocation invocation, Func<CommandContext, Task<Reply>> run, CancellationToken cancellationToken)
    {
        try
        {
            var ephemeral = false;
            foreach (var gate in gates)
            {
                switch (await gate.DecideAsync(invocation, cancellationToken))
                {
                    case GateDecision.Refuse refuse:
                        return refuse.Reply;
                    case GateDecision.Ignore:
                        return Reply.Nothing;
                    case GateDecision.Allow allow:
                        invocation = invocation with { Context = allow.Context };
                        ephemeral |= allow.Ephemeral;
                        break;
                }
            }
            var reply = await run(invocation.Context);
            return ephemeral && !reply.Ephemeral ? reply with { Ephemeral = true } : reply;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "/{Command} ({Kind}) failed for user {UserId}",
                invocation.CommandName, invocation.Kind, invocation.Context.UserId);
            return Apology;
        }
    }
}
