using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryBot.Cli;
using StoryBot.Discord;
using StoryBot.FakeDiscord;
using StoryBot.FakeDiscord.Rest;

namespace StoryBot.Tests.Discord;

/// <summary>
/// The real host, built by the same code the program uses, with its Discord settings pointed at a
/// <see cref="FakeDiscordServer"/> on loopback and its logs captured. Disposing stops the host the way Ctrl+C does.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly CancellationTokenSource _stop = new();

    private readonly string? _ownedSettingsFolder;

    private BotHarness(FakeDiscordServer discord, IHost host, CapturedLogs logs, string? ownedSettingsFolder)
    {
        _ownedSettingsFolder = ownedSettingsFolder;
        Discord = discord;
        Host = host;
        Logs = logs;
        ExitCode = host.Services.GetRequiredService<HostExitCode>();
        Running = host.RunAsync(_stop.Token);
    }

    public FakeDiscordServer Discord { get; }
    public IHost Host { get; }
    public CapturedLogs Logs { get; }
    public HostExitCode ExitCode { get; }
    /// <summary>Completes when the host has stopped.</summary>
    public Task Running { get; }

    /// <param name="configureServices">Changes to the host's services (e.g. extra commands) before it is built.</param>
    /// <param name="settings">Extra "--Section:Key=value" configuration.</param>
    /// <param name="connectStraightToGateway">Skip GET /gateway/bot (Discord:GatewayUrl), so a bad token meets the gateway's 4004.</param>
    /// <param name="settingsDatabase">The per-server settings file (keep one across harnesses to test a restart); default a fresh temporary one.</param>
    /// <param name="waitForCommands">Return only once the bot has registered its slash commands (so it is live).</param>
    public static async Task<BotHarness> StartAsync(
        Action<IServiceCollection>? configureServices = null,
        IEnumerable<string>? settings = null,
        FakeDiscordOptions? discordOptions = null,
        string? token = null,
        bool connectStraightToGateway = false,
        string? settingsDatabase = null,
        bool waitForCommands = true)
    {
        var discord = await FakeDiscordServer.StartAsync(discordOptions);
        var ownedSettingsFolder = settingsDatabase is null ? Directory.CreateTempSubdirectory("storybot-discord-").FullName : null;
        settingsDatabase ??= Path.Combine(ownedSettingsFolder!, "storybot.db");
        BotHarness? harness = null;
        try
        {
            List<string> args =
            [
                $"--Discord:Token={token ?? discord.Token}",
                $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}",
                $"--Settings:Database={settingsDatabase}",
                .. settings ?? [],
            ];
            if (connectStraightToGateway)
                args.Add($"--Discord:GatewayUrl={discord.GatewayUrl}");
            var builder = StoryBotHost.CreateBuilder(args, RepoFolders.IndexData);
            builder.AddGuildSettings().AddDiscordTransport();
            var logs = new CapturedLogs();
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            configureServices?.Invoke(builder.Services);

            harness = new BotHarness(discord, builder.Build(), logs, ownedSettingsFolder);
            if (waitForCommands)
            {
                var registered = discord.WaitForRequestAsync(IsCommandRegistration, "the slash commands to be registered", Timeout);
                if (await Task.WhenAny(registered, harness.Running) == harness.Running)
                {
                    await harness.Running;
                    throw new InvalidOperationException($"The host stopped before registering its commands. Log:\n{logs}");
                }
                await registered;
            }
            return harness;
        }
        catch
        {
            if (harness is not null)
                await harness.DisposeAsync();
            else
                await discord.DisposeAsync();
            throw;
        }
    }

    public static bool IsCommandRegistration(RecordedRequest request) =>
        request.Method == "PUT" && request.Template is { } template && template.EndsWith("/commands", StringComparison.Ordinal);

    /// <summary>Waits for the host to stop on its own (e.g. after a fatal gateway close).</summary>
    public async Task WaitForStopAsync() => await Running.WaitAsync(Timeout);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Running.WaitAsync(Timeout);
        }
        finally
        {
            _stop.Dispose();
            await Discord.DisposeAsync();
            DeleteSettingsFolder();
        }
    }

    private void DeleteSettingsFolder()
    {
        if (_ownedSettingsFolder is null)
            return;
        try
        {
            Directory.Delete(_ownedSettingsFolder, recursive: true);
        }
        catch (IOException)
        {
            // Still open on some platforms; the OS cleans its temp folder.
        }
    }
}
