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
            () => command.ExecuteAsync(context, cancellationToken), cancellationToken);
    }

    /// <summary>A question typed as plain text (a mention, a console line): answered as /ask.</summary>
    public Task<Reply> AskAsync(string question, CommandContext context, CancellationToken cancellationToken)
    {
        var command = Find(AskCommandName)
            ?? throw new InvalidOperationException("The /ask command is not registered.");
        var askContext = context with
        {
            Options = new Dictionary<string, string> { [AskQuestionOption] = question.Trim() },
            Subcommand = null,
        };
        return RunAsync(new CommandInvocation(command, askContext, InvocationKind.FreeText),
            () => command.ExecuteAsync(askContext, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// A typed line: "/name text" runs that command (see <see cref="TextCommandParser"/>), anything else is a question.
    /// </summary>
    public Task<Reply> ExecuteTextAsync(string line, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = TextCommandParser.Parse(line, Find);
        return parsed switch
        {
            null => AskAsync(line, context, cancellationToken),
            { Command: null } => Task.FromResult(Reply.Message($"There is no /{parsed.Name} command. Try /help.", ephemeral: true)),
            _ => ExecuteAsync(parsed.Name, context with { Options = parsed.Options, Subcommand = parsed.Subcommand }, cancellationToken),
        };
    }

    /// <summary>A button press: the action id goes back to the command that made the button.</summary>
    public Task<Reply> PressAsync(string actionId, CommandContext context, CancellationToken cancellationToken)
    {
        var command = commands.OfType<IButtonCommand>().FirstOrDefault(c => c.Owns(actionId));
        if (command is null)
            return Task.FromResult(Reply.Message("That button no longer does anything. Try the command again.", ephemeral: true));
        return RunAsync(new CommandInvocation(command, context, InvocationKind.Button),
            () => command.PressAsync(actionId, context, cancellationToken), cancellationToken);
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

    private async Task<Reply> RunAsync(CommandInvocation invocation, Func<Task<Reply>> run, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var gate in gates)
            {
                if (await gate.CheckAsync(invocation, cancellationToken) is { } refusal)
                    return refusal;
            }
            return await run();
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
