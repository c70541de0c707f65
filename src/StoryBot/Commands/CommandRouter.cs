using Microsoft.Extensions.Logging;

namespace StoryBot.Commands;

/// <summary>
/// The one place every transport hands a request to: finds the command by name, routes button action ids and
/// autocomplete, turns free text and mentions into /ask, asks the <see cref="ICommandGate"/>s first, and turns a
/// command that throws into a short apology (logged) so the user always gets an answer.
/// </summary>
public sealed class CommandRouter
{
    public const string AskCommandName = "ask";
    public const string AskQuestionOption = "question";
    public const int MaxSuggestions = 25;
    /// <summary>The name gates see for an answer to a message that mentions the bot.</summary>
    public const string MentionGateName = "mention";

    public static readonly Reply Apology =
        Reply.Message("Sorry, something went wrong while answering that. Please try again in a moment.", ephemeral: true);

    /// <summary>What a slash command gets when a gate says to ignore it: an interaction must always be answered.</summary>
    public static readonly Reply NotHere = Reply.Message("I can't answer that here.", ephemeral: true);

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
    public async Task<Reply> ExecuteAsync(string commandName, CommandContext context, CancellationToken cancellationToken)
    {
        var command = Find(commandName);
        if (command is null)
            return Reply.Message($"There is no /{commandName.TrimStart('/')} command. Try /help.", ephemeral: true);
        return await RunGatedAsync(command, command.Definition.Name, context, cancellationToken) ?? NotHere;
    }

    /// <summary>A question typed as plain text at the console: answered as /ask.</summary>
    public async Task<Reply> AskAsync(string question, CommandContext context, CancellationToken cancellationToken) =>
        await RunGatedAsync(AskCommand(), AskCommandName, AskContext(question, context), cancellationToken) ?? NotHere;

    /// <summary>
    /// A message that mentions the bot, with the mention removed: answered as /ask. Null when a gate says to stay
    /// silent (e.g. the server turned mention answers off).
    /// </summary>
    public Task<Reply?> MentionAsync(string question, CommandContext context, CancellationToken cancellationToken) =>
        RunGatedAsync(AskCommand(), MentionGateName, AskContext(question, context), cancellationToken);

    /// <summary>
    /// A typed line: "/name text" runs that command (see <see cref="TextCommandParser"/>), anything else is a question.
    /// <paramref name="prepare"/> may complete the context from the command's definition (e.g. resolve typed channel names).
    /// </summary>
    public Task<Reply> ExecuteTextAsync(
        string line,
        CommandContext context,
        CancellationToken cancellationToken,
        Func<CommandContext, CommandDefinition, CommandContext>? prepare = null)
    {
        var parsed = TextCommandParser.Parse(line, Find);
        if (parsed is null)
            return AskAsync(line, context, cancellationToken);
        if (parsed.Command is null)
            return Task.FromResult(Reply.Message($"There is no /{parsed.Name} command. Try /help.", ephemeral: true));
        var typed = context with { Options = parsed.Options, Subcommand = parsed.Subcommand, SubcommandGroup = parsed.SubcommandGroup };
        return ExecuteAsync(parsed.Name, prepare is null ? typed : prepare(typed, parsed.Command.Definition), cancellationToken);
    }

    /// <summary>A button press: the action id goes back to the command that made the button.</summary>
    public Task<Reply> PressAsync(string actionId, CommandContext context, CancellationToken cancellationToken)
    {
        var command = commands.OfType<IButtonCommand>().FirstOrDefault(c => c.Owns(actionId));
        if (command is null)
            return Task.FromResult(Reply.Message("That button no longer does anything. Try the command again.", ephemeral: true));
        return PressGatedAsync(command, actionId, context, cancellationToken);
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

    private ICommand AskCommand() =>
        Find(AskCommandName) ?? throw new InvalidOperationException("The /ask command is not registered.");

    private static CommandContext AskContext(string question, CommandContext context) => context with
    {
        Options = new Dictionary<string, string> { [AskQuestionOption] = question.Trim() },
        Subcommand = null,
        SubcommandGroup = null,
    };

    /// <summary>Asks every gate in turn (each may adjust the context), then runs the command. Null: say nothing.</summary>
    private async Task<Reply?> RunGatedAsync(ICommand command, string gateName, CommandContext context, CancellationToken cancellationToken)
    {
        var ephemeral = false;
        try
        {
            foreach (var gate in gates)
            {
                switch (await gate.CheckAsync(gateName, context, cancellationToken))
                {
                    case GateDecision.Allow allow:
                        context = allow.Context;
                        ephemeral |= allow.Ephemeral;
                        break;
                    case GateDecision.Refuse refuse:
                        return refuse.Reply;
                    default:
                        return null;
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "A command gate failed for /{Command} and user {UserId}", gateName, context.UserId);
            return Apology;
        }
        var reply = await RunAsync(gateName, context, () => command.ExecuteAsync(context, cancellationToken), cancellationToken);
        return ephemeral ? reply with { Ephemeral = true } : reply;
    }

    /// <summary>
    /// A press is held to the rules of the command that made the button (turned off since, pressed outside the
    /// answer channels) and gets the server's page size. A refusal goes to the presser alone and leaves the message.
    /// </summary>
    private async Task<Reply> PressGatedAsync(IButtonCommand command, string actionId, CommandContext context, CancellationToken cancellationToken)
    {
        var name = command.Definition.Name;
        try
        {
            foreach (var gate in gates)
            {
                switch (await gate.CheckPressAsync(name, context, cancellationToken))
                {
                    case GateDecision.Allow allow:
                        context = allow.Context;
                        break;
                    case GateDecision.Refuse refuse:
                        return refuse.Reply with { Ephemeral = true };
                    default:
                        return NotHere;
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "A command gate failed for a /{Command} button and user {UserId}", name, context.UserId);
            return Apology;
        }
        return await RunAsync(name, context, () => command.PressAsync(actionId, context, cancellationToken), cancellationToken);
    }

    private async Task<Reply> RunAsync(string name, CommandContext context, Func<Task<Reply>> run, CancellationToken cancellationToken)
    {
        try
        {
            return await run();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "/{Command} failed for user {UserId}", name, context.UserId);
            return Apology;
        }
    }
}
