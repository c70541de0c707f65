using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Gateway;
using StoryBot.Discord.Rest;
using StoryBot.FakeDiscord;

namespace StoryBot.Discord.Tests.Support;

/// <summary>A fake Discord on loopback plus the library wired by <c>AddDiscordClient</c> against it, on a fast clock.</summary>
public sealed class DiscordHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Heartbeats every 3 s of real time at 100×: rare enough that a busy CI machine is not mistaken for a zombie
    /// connection; tests about heartbeats choose their own interval. Interaction deadlines are not what these tests
    /// measure, so they are generous.
    /// </summary>
    public static FakeDiscordOptions DefaultFake => new() { HeartbeatIntervalMs = 300_000, InteractionDeadline = TimeSpan.FromSeconds(30) };

    private readonly CancellationTokenSource _stop = new();

    private DiscordHarness(FakeDiscordServer server, ServiceProvider services, ScaledTimeProvider time, CapturingLoggerProvider logs, GatewayClient gateway)
    {
        Server = server;
        Services = services;
        Time = time;
        Logs = logs;
        Gateway = gateway;
    }

    public FakeDiscordServer Server { get; }
    public ServiceProvider Services { get; }
    public ScaledTimeProvider Time { get; }
    public CapturingLoggerProvider Logs { get; }
    public GatewayClient Gateway { get; }
    public IDiscordRestClient Rest => Services.GetRequiredService<IDiscordRestClient>();
    public Task? GatewayRun { get; private set; }

    /// <param name="fake">Fake server settings (heartbeat interval, token…).</param>
    /// <param name="settings">Extra <c>Discord:*</c> settings, e.g. a wrong token.</param>
    /// <param name="speedup">How much faster than real time the client's clock runs.</param>
    /// <param name="heartbeatJitter">The fraction of an interval before the first heartbeat.</param>
    public static async Task<DiscordHarness> StartAsync(
        FakeDiscordOptions? fake = null,
        IDictionary<string, string?>? settings = null,
        double speedup = 100,
        double heartbeatJitter = 0.5)
    {
        var server = await FakeDiscordServer.StartAsync(fake ?? DefaultFake);
        var values = new Dictionary<string, string?>
        {
            ["Discord:Token"] = server.Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var time = new ScaledTimeProvider(speedup);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(time);
        services.AddDiscordClient(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var gateway = new GatewayClient(
            provider.GetRequiredService<IDiscordRestClient>(),
            provider.GetRequiredService<IOptions<DiscordOptions>>(),
            provider.GetRequiredService<IdentifyLimiter>(),
            provider.GetRequiredService<ReconnectPolicy>(),
            time,
            provider.GetRequiredService<ILogger<GatewayClient>>())
        {
            HeartbeatJitter = () => heartbeatJitter,
        };
        return new DiscordHarness(server, provider, time, logs, gateway);
    }

    public void StartGateway() => GatewayRun = Gateway.RunAsync(_stop.Token);

    /// <summary>Starts the gateway and waits for READY.</summary>
    public async Task<ReadyEvent> ConnectAsync()
    {
        StartGateway();
        return await NextEventAsync<ReadyEvent>();
    }

    /// <summary>The next event of type <typeparamref name="T"/>, skipping others.</summary>
    public async Task<T> NextEventAsync<T>() where T : GatewayEvent
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (true)
            {
                var evt = await Gateway.Events.ReadAsync(timeout.Token);
                if (evt is T wanted)
                    return wanted;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {typeof(T).Name} within {Timeout.TotalSeconds} s. Gateway frames: {string.Join(", ", Server.GatewayFrames.Snapshot())}");
        }
    }

    /// <summary>Cancels the gateway run, as host shutdown does, and waits for it to end.</summary>
    public async Task StopGatewayAsync()
    {
        await _stop.CancelAsync();
        if (GatewayRun is not null)
            await GatewayRun.WaitAsync(Timeout);
    }

    /// <summary>Waits (polling, with a deadline) until the client has logged a line containing <paramref name="text"/>.</summary>
    public async Task WaitForLogAsync(string text)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!Logs.Lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The client never logged '{text}'.");
            await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopGatewayAsync();
        }
        catch (Exception ex) when (ex is DiscordFatalException or OperationCanceledException)
        {
            // The test already looked at how the run ended.
        }
        await Services.DisposeAsync();
        await Server.DisposeAsync();
        _stop.Dispose();
    }
}
