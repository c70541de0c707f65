using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Gateway;

namespace StoryBot.Discord;

/// <summary>
/// Runs the Discord bot: keeps the gateway connected and hands each event to its handler off the event loop
/// (READY → command registration, interactions → <see cref="InteractionDispatcher"/>, messages →
/// <see cref="MentionHandler"/>). Stopping the host closes the gateway cleanly. If Discord refuses the bot for good
/// (bad token, bad shard, disallowed intents) it logs why and stops the host with a non-zero exit code.
/// </summary>
public sealed class DiscordBotService(
    IDiscordGateway gateway,
    CommandRegistrar registrar,
    InteractionDispatcher interactions,
    MentionHandler mentions,
    IOptions<DiscordOptions> discordOptions,
    IOptions<DiscordBotOptions> botOptions,
    HostExitCode exitCode,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    public const int FatalExitCode = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var handlers = new HandlerQueue(discordOptions.Value.MaxConcurrentInteractions, logger);
        var connection = Task.Run(() => gateway.RunAsync(stoppingToken), CancellationToken.None);
        try
        {
            // The stream ends when the gateway stops, for whatever reason; awaiting it below says which.
            await foreach (var gatewayEvent in gateway.Events.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
                Dispatch(gatewayEvent, handlers);
        }
        catch (Exception)
        {
            // The stream carries the gateway's failure; the connection task reports it.
        }

        try
        {
            await connection.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            var reason = ex is DiscordFatalException ? ex.Message : $"the gateway failed unexpectedly ({ex.GetType().Name}: {ex.Message})";
            logger.LogCritical("StoryBot is stopping with exit code {ExitCode}: {Reason}", FatalExitCode, reason);
            exitCode.Fail(FatalExitCode);
            lifetime.StopApplication();
        }
        finally
        {
            await handlers.StopAsync(TimeSpan.FromSeconds(botOptions.Value.ShutdownGraceSeconds)).ConfigureAwait(false);
        }
    }

    private void Dispatch(GatewayEvent gatewayEvent, HandlerQueue handlers)
    {
        switch (gatewayEvent)
        {
            case ReadyEvent ready:
                handlers.Post(token => registrar.RegisterAsync(ready.Ready, token));
                break;
            case InteractionCreateEvent created:
                var receivedAt = time.GetTimestamp();
                handlers.Post(token => interactions.HandleAsync(created.Interaction, receivedAt, token));
                break;
            // Decided here, in arrival order: messages from bots never reach a handler.
            case MessageCreateEvent { Message: var message } when mentions.Accepts(message):
                handlers.Post(token => mentions.HandleAsync(message, token));
                break;
        }
    }
}
