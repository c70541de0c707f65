using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Discord.Models;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord;

/// <summary>
/// Answers every interaction through the <see cref="CommandRouter"/>: slash commands, autocomplete and button
/// clicks. A reply ready within <see cref="DiscordBotOptions.DeferAfter"/> is sent at once; a slower one is deferred
/// and edited in when done, so Discord's 3-second window is never missed. Whatever fails, the user gets a short
/// apology and the error is logged with the interaction id.
/// </summary>
public sealed class InteractionDispatcher(
    CommandRouter router,
    IDiscordRestClient rest,
    DiscordReplyRenderer renderer,
    IAnswerVisibility visibility,
    IOptions<DiscordBotOptions> options,
    TimeProvider time,
    ILogger<InteractionDispatcher> logger)
{
    private enum Acknowledgement { None, Answered, Deferred, DeferredUpdate }

    /// <summary>Discord accepts the first response to an interaction only this long after sending it.</summary>
    internal static readonly TimeSpan ResponseWindow = TimeSpan.FromSeconds(3);

    /// <param name="receivedAt">When the gateway delivered the interaction (<see cref="TimeProvider.GetTimestamp"/>): time spent queued counts.</param>
    public async Task HandleAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        // Past the window Discord refuses any answer (and any apology): computing one would only delay the
        // interactions queued behind this one, which can still be answered.
        var waited = time.GetElapsedTime(receivedAt);
        if (waited >= ResponseWindow)
        {
            logger.LogWarning("Dropping interaction {InteractionId}: it waited {WaitedMs} ms in the queue, past Discord's response window",
                interaction.Id, (long)waited.TotalMilliseconds);
            return;
        }

        var state = new HandlingState();
        // Whatever is logged while answering (the router's errors included) carries the interaction id.
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["InteractionId"] = interaction.Id });
        try
        {
            switch (interaction.Type)
            {
                case InteractionType.ApplicationCommand:
                    await CommandAsync(interaction, receivedAt, state, cancellationToken).ConfigureAwait(false);
                    break;
                case InteractionType.ApplicationCommandAutocomplete:
                    await AutocompleteAsync(interaction, state, cancellationToken).ConfigureAwait(false);
                    break;
                case InteractionType.MessageComponent:
                    await ButtonAsync(interaction, receivedAt, state, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    logger.LogDebug("Ignoring interaction {InteractionId} of type {Type}", interaction.Id, interaction.Type);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Interaction {InteractionId} (type {Type}, /{Command}) failed", interaction.Id, interaction.Type, interaction.Data?.Name);
            await ApologiseAsync(interaction, state.Acknowledgement, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CommandAsync(Interaction interaction, long receivedAt, HandlingState state, CancellationToken cancellationToken)
    {
        var name = interaction.Data?.Name ?? "";
        var context = InteractionContexts.From(interaction);
        // Commands compute synchronously; on the thread pool they cannot hold up the decision to defer.
        var work = Task.Run(() => router.ExecuteAsync(name, context, cancellationToken), cancellationToken);
        if (await ReadyInTimeAsync(work, receivedAt, cancellationToken).ConfigureAwait(false))
        {
            var reply = await work.ConfigureAwait(false);
            await RespondAsync(interaction, InteractionResponse.Message(renderer.ToCallbackData(reply)), state, Acknowledgement.Answered, cancellationToken).ConfigureAwait(false);
            return;
        }

        var isPrivate = await visibility.IsPrivateAsync(context, cancellationToken).ConfigureAwait(false);
        await RespondAsync(interaction, InteractionResponse.Defer(isPrivate), state, Acknowledgement.Deferred, cancellationToken).ConfigureAwait(false);
        var late = await work.ConfigureAwait(false);
        await rest.EditOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, renderer.ToOriginalEdit(late), cancellationToken).ConfigureAwait(false);
    }

    private async Task AutocompleteAsync(Interaction interaction, HandlingState state, CancellationToken cancellationToken)
    {
        var focused = InteractionContexts.Focused(interaction.Data?.Options);
        IReadOnlyList<ApplicationCommandOptionChoice> choices = [];
        if (focused is not null)
        {
            var suggestions = router.Suggest(interaction.Data?.Name ?? "", focused.Name, focused.ValueAsString() ?? "", InteractionContexts.From(interaction));
            choices = renderer.ToChoices(suggestions, focused.Type);
        }
        await RespondAsync(interaction, InteractionResponse.Autocomplete(choices), state, Acknowledgement.Answered, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A button click: the router's reply replaces the message the button is on (the asker paging), or, when the
    /// reply is ephemeral (a refusal, e.g. someone else's button), goes to the clicker alone and the message stays.
    /// </summary>
    private async Task ButtonAsync(Interaction interaction, long receivedAt, HandlingState state, CancellationToken cancellationToken)
    {
        var customId = interaction.Data?.CustomId ?? "";
        var context = InteractionContexts.From(interaction);
        var work = Task.Run(() => router.PressAsync(customId, context, cancellationToken), cancellationToken);
        if (await ReadyInTimeAsync(work, receivedAt, cancellationToken).ConfigureAwait(false))
        {
            var reply = await work.ConfigureAwait(false);
            var response = reply.Ephemeral
                ? InteractionResponse.Message(renderer.ToCallbackData(reply))
                : InteractionResponse.Update(renderer.ToUpdateData(reply));
            await RespondAsync(interaction, response, state, Acknowledgement.Answered, cancellationToken).ConfigureAwait(false);
            return;
        }

        await RespondAsync(interaction, InteractionResponse.DeferUpdate(), state, Acknowledgement.DeferredUpdate, cancellationToken).ConfigureAwait(false);
        var late = await work.ConfigureAwait(false);
        if (late.Ephemeral)
            await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, renderer.ToFollowup(late), cancellationToken).ConfigureAwait(false);
        else
            await rest.EditOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, renderer.ToOriginalEdit(late), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when <paramref name="work"/> finished before the defer deadline, counted from when the interaction arrived.</summary>
    private async Task<bool> ReadyInTimeAsync(Task work, long receivedAt, CancellationToken cancellationToken)
    {
        var left = options.Value.DeferAfter - time.GetElapsedTime(receivedAt);
        if (work.IsCompleted || left <= TimeSpan.Zero)
            return work.IsCompleted;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(left, time, timer.Token);
        var first = await Task.WhenAny(work, deadline).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return first == work;
    }

    private async Task RespondAsync(Interaction interaction, InteractionResponse response, HandlingState state, Acknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken).ConfigureAwait(false);
        state.Acknowledgement = acknowledgement;
    }

    /// <summary>The user always hears back: an ephemeral apology in whatever form the interaction still allows.</summary>
    private async Task ApologiseAsync(Interaction interaction, Acknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        var apology = CommandRouter.Apology;
        try
        {
            switch (acknowledgement)
            {
                case Acknowledgement.None when interaction.Type == InteractionType.ApplicationCommandAutocomplete:
                    await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Autocomplete([]), cancellationToken).ConfigureAwait(false);
                    break;
                case Acknowledgement.None:
                    await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(renderer.ToCallbackData(apology)), cancellationToken).ConfigureAwait(false);
                    break;
                case Acknowledgement.Deferred:
                    await rest.EditOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, renderer.ToOriginalEdit(apology), cancellationToken).ConfigureAwait(false);
                    break;
                case Acknowledgement.DeferredUpdate:
                    await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, renderer.ToFollowup(apology), cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Could not tell the user that interaction {InteractionId} failed: {Error}", interaction.Id, ex.Message);
        }
    }

    private sealed class HandlingState
    {
        public Acknowledgement Acknowledgement { get; set; }
    }
}
