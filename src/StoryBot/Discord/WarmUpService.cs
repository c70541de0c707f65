using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryBot.Commands;
using StoryBot.Settings;

namespace StoryBot.Discord;

/// <summary>
/// Does the slow first-time work before the bot connects to Discord: answers one question and runs one search
/// through the router (the story index and every code path on the way get loaded and compiled) and opens the settings
/// database. Without it the first /ask after a start takes seconds and is always deferred. Registered before
/// <see cref="DiscordBotService"/>, whose start waits for this one. A failure here is logged, never fatal: the bot
/// still answers, only more slowly the first time.
/// </summary>
public sealed class WarmUpService(IServiceProvider services, ILogger<WarmUpService> logger) : IHostedService
{
    private const string WarmUpQuestion = "What is the story about?";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            // A direct-message context: no server, so no settings, cooldown or audit is touched.
            var context = new CommandContext { UserId = "0" };
            var router = services.GetRequiredService<CommandRouter>();
            var renderer = services.GetRequiredService<DiscordReplyRenderer>();
            await Task.Run(async () =>
            {
                renderer.ToCallbackData(await router.AskAsync(WarmUpQuestion, context, cancellationToken).ConfigureAwait(false));
                if (router.Find(SearchCommand.Name) is not null)
                {
                    var search = context with { Options = new Dictionary<string, string> { [SearchCommand.QueryOption] = "story" } };
                    renderer.ToCallbackData(await router.ExecuteAsync(SearchCommand.Name, search, cancellationToken).ConfigureAwait(false));
                }
            }, cancellationToken).ConfigureAwait(false);
            // Opening can take the store's busy timeout when the file is locked; better here than in someone's answer.
            if (services.GetService<ISettingsStore>() is { } store)
                await store.CheckAvailableAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Warmed up in {Elapsed} ms", stopwatch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Warming up failed after {Elapsed} ms; the first answers may be slow", stopwatch.ElapsedMilliseconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
