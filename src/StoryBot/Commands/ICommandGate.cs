namespace StoryBot.Commands;

/// <summary>
/// A policy the router asks before a command runs or a mention is answered (e.g. per-server settings: disabled
/// commands, answer channels, cooldowns, visibility). Register any number with
/// <c>services.AddSingleton&lt;ICommandGate, MyGate&gt;()</c>; with none registered everything runs.
/// </summary>
public interface ICommandGate
{
    /// <param name="commandName">The command's name, or <see cref="CommandRouter.MentionGateName"/> for a mention.</param>
    ValueTask<GateDecision> CheckAsync(string commandName, CommandContext context, CancellationToken cancellationToken);

    /// <summary>
    /// A press on a button an earlier reply of <paramref name="commandName"/> carries ("More passages"). The press
    /// continues that command, so by default it is held to the same rules; a gate may leave out what only the first
    /// answer should count (a cooldown). <see cref="GateDecision.Allow.Ephemeral"/> is not used: the press updates a
    /// message whose visibility is already set.
    /// </summary>
    ValueTask<GateDecision> CheckPressAsync(string commandName, CommandContext context, CancellationToken cancellationToken) =>
        CheckAsync(commandName, context, cancellationToken);
}

public abstract record GateDecision
{
    private GateDecision() { }

    /// <summary>Run the command with <paramref name="Context"/>; when <paramref name="Ephemeral"/>, show the reply only to the asker.</summary>
    public sealed record Allow(CommandContext Context, bool Ephemeral) : GateDecision;

    /// <summary>Don't run the command; send this reply instead.</summary>
    public sealed record Refuse(Reply Reply) : GateDecision;

    /// <summary>Don't run it and say nothing (a mention the server has asked the bot not to answer).</summary>
    public sealed record Ignore : GateDecision;
}
