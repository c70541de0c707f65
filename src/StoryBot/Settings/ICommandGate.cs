using StoryBot.Commands;

namespace StoryBot.Settings;

/// <summary>Asked before a command runs (and before a mention is answered): may it run here, now, for this member?</summary>
public interface ICommandGate
{
    ValueTask<GateDecision> CheckAsync(string commandName, CommandContext context, CancellationToken cancellationToken);
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
