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
}

public enum InvocationKind { Command, Button, FreeText }

/// <summary>What is about to run: the command, who asked and how (slash command, button press or a typed question).</summary>
public sealed record CommandInvocation(ICommand Command, CommandContext Context, InvocationKind Kind)
{
    public string CommandName => Command.Definition.Name;
}
