namespace StoryBot.Benchmarks.Load;

/// <summary>Sends <c>/ask</c> INTERACTION_CREATE dispatches to the connected bot.</summary>
public interface IInteractionSender
{
    /// <summary>A fresh interaction id (a snowflake, as Discord's are).</summary>
    string NextId();

    Task SendAskAsync(string interactionId, string question, CancellationToken cancellationToken);
}
