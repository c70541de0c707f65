namespace StoryBot.Commands;

/// <summary>
/// A policy the router consults before running a command, a button press or a free-text question
/// (e.g. per-server settings: disabled commands, allowed channels). Register any number with
/// <c>services.AddSingleton&lt;ICommandGate, MyGate&gt;()</c>; with none registered every command runs.
/// </summary>
public interface ICommandGate
{
    /// <summary>
    /// Null lets the invocation run; a reply refuses it and is shown instead (usually ephemeral).
    /// Gates run in registration order; the first refusal wins.
    /// </summary>
    ValueTask<Reply?> CheckAsync(CommandInvocation invocation, CancellationToken cancellationToken);

    /// <summary>
    /// The full decision, which the router asks for: besides refusing, a gate may let the command run with an adjusted
    /// context (e.g. how many passages to show), show its reply only to the asker, or answer nothing at all. By default
    /// it is <see cref="CheckAsync"/>'s refusal or a plain allow.
    /// </summary>
    async ValueTask<GateDecision> DecideAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        await CheckAsync(invocation, cancellationToken).ConfigureAwait(false) is { } refusal
            ? new GateDecision.Refuse(refusal)
            : new GateDecision.Allow(invocation.Context);
}

/// <summary>How a request reached the router. A mention is a question typed in a message that mentions the bot.</summary>
public enum InvocationKind { Command, Button, FreeText, Mention }

/// <summary>What is about to run: the command, who asked and how (slash command, button press or a typed question).</summary>
public sealed record CommandInvocation(ICommand Command, CommandContext Context, InvocationKind Kind)
{
    public string CommandName => Command.Definition.Name;
}

public abstract record GateDecision
{
    private GateDecision() { }

    /// <summary>Run the command with <paramref name="Context"/>; when <paramref name="Ephemeral"/>, only the asker sees the reply.</summary>
    public sealed record Allow(CommandContext Context, bool Ephemeral = false) : GateDecision;

    /// <summary>Don't run it; show this reply instead.</summary>
    public sealed record Refuse(Reply Reply) : GateDecision;

    /// <summary>Don't run it and say nothing: the router returns <see cref="Reply.Nothing"/> (e.g. a mention the server has turned off).</summary>
    public sealed record Ignore : GateDecision;
}
