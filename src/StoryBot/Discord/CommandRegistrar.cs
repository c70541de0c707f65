using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Discord.Models;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord;

/// <summary>
/// On READY, replaces the application's slash commands with the router's definitions in one bulk overwrite:
/// globally, or in <see cref="DiscordOptions.CommandGuildId"/> only (instant updates while developing). Done once per
/// run; if Discord refuses, it is tried again at the next READY.
/// </summary>
public sealed class CommandRegistrar(
    CommandRouter router,
    IDiscordRestClient rest,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger)
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _registered;

    public async Task RegisterAsync(ReadyData ready, CancellationToken cancellationToken)
    {
        await _once.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_registered)
                return;
            var guildId = options.Value.CommandGuildId;
            var global = string.IsNullOrEmpty(guildId);
            var commands = SlashCommands.From(router.Definitions, global);
            var applicationId = ready.Application.Id;
            var registered = global
                ? await rest.BulkOverwriteGlobalCommandsAsync(applicationId, commands, cancellationToken).ConfigureAwait(false)
                : await rest.BulkOverwriteGuildCommandsAsync(applicationId, guildId!, commands, cancellationToken).ConfigureAwait(false);
            _registered = true;
            logger.LogInformation("Registered {Count} slash commands ({Names}) {Scope}",
                registered.Count, string.Join(", ", registered.Select(c => "/" + c.Name)), global ? "globally" : $"in guild {guildId}");
        }
        catch (DiscordRestException ex)
        {
            logger.LogError("Registering the slash commands failed: {Error}. They will be registered again at the next READY.", ex.Message);
        }
        finally
        {
            _once.Release();
        }
    }
}
