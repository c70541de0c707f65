namespace StoryBot.Benchmarks.Load;

/// <summary>Sends one <c>/ask</c> INTERACTION_CREATE dispatch to the connected bot.</summary>
public interface IInteractionSender
{
    Task SendAskAsync(string interactionId, string token, string question, CancellationToken cancellationToken);
}
