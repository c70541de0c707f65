using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Models;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord.Gateway;

/// <summary>
/// The gateway connect/identify/resume loop for one shard. Each connection: HELLO → heartbeats → IDENTIFY (or RESUME)
/// → dispatches. When a connection ends, <see cref="CloseCodes"/> and the last opcode decide whether to resume,
/// start a new session or stop, and <see cref="ReconnectPolicy"/> spaces out the attempts.
/// </summary>
public sealed class GatewayClient(
    IDiscordRestClient rest,
    IOptions<DiscordOptions> options,
    IdentifyLimiter identifyLimiter,
    ReconnectPolicy reconnectPolicy,
    TimeProvider time,
    ILogger<GatewayClient> logger) : IDiscordGateway
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly Channel<GatewayEvent> _events = Channel.CreateUnbounded<GatewayEvent>(new UnboundedChannelOptions { SingleWriter = true });
    private Session? _session;
    private long _sequence = NoSequence; // -1 until the first dispatch of a session
    private const long NoSequence = -1;
    private string? _gatewayUrl;
    private int _maxConcurrency = 1;
    private int _started;
    private bool _rediscover;

    public ChannelReader<GatewayEvent> Events => _events.Reader;

    public ReadyData? Ready { get; private set; }

    /// <summary>The last sequence number received (sent in heartbeats and Resume).</summary>
    public int? Sequence => Interlocked.Read(ref _sequence) is var s and >= 0 ? (int)s : null;

    /// <summary>Randomness for the first heartbeat (the fraction of an interval to wait).</summary>
    internal Func<double> HeartbeatJitter { get; init; } = Random.Shared.NextDouble;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
            throw new InvalidOperationException("A GatewayClient runs once; its event stream ends with the run.");
        Exception? fatal = null;
        try
        {
            var failures = 0;
            while (true)
            {
                // First run, or the cached URL stopped accepting connections: ask Discord for the current one.
                if ((_gatewayUrl is null || _rediscover) && !await TryDiscoverGatewayAsync(cancellationToken).ConfigureAwait(false))
                {
                    await Task.Delay(reconnectPolicy.DelayAfter(failures++), time, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                _rediscover = false;
                var outcome = await RunConnectionAsync(cancellationToken).ConfigureAwait(false);
                if (outcome.Action == ConnectionEnd.Stopped)
                    return;
                if (outcome.Action == ConnectionEnd.Fatal)
                    throw new DiscordFatalException($"Discord closed the gateway: {CloseCodes.Describe(outcome.CloseCode)}. Not reconnecting.", outcome.CloseCode);
                if (outcome.Action == ConnectionEnd.Reidentify)
                {
                    _session = null;
                    Interlocked.Exchange(ref _sequence, NoSequence);
                }
                failures = outcome.SessionEstablished ? 0 : failures + 1;
                var delay = outcome.Delay switch
                {
                    // Reconnect at once when asked to, but not over and over if no session ever starts.
                    ReconnectDelay.None when failures <= 1 => TimeSpan.Zero,
                    ReconnectDelay.BeforeReidentify => reconnectPolicy.DelayBeforeReidentify(),
                    _ => reconnectPolicy.DelayAfter(failures),
                };
                logger.LogInformation("Gateway reconnecting in {DelayMs} ms to {Mode}", (long)delay.TotalMilliseconds, _session is null ? "identify" : "resume");
                if (delay > TimeSpan.Zero)
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown requested.
        }
        catch (DiscordFatalException ex)
        {
            fatal = ex;
            logger.LogCritical("{Reason}", ex.Message);
            throw;
        }
        finally
        {
            _events.Writer.TryComplete(fatal);
        }
    }

    /// <returns>False when Discord could not be asked right now (the caller backs off and tries again).</returns>
    private async Task<bool> TryDiscoverGatewayAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.GatewayUrl))
        {
            _gatewayUrl = options.Value.GatewayUrl;
            return true;
        }
        try
        {
            var info = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            _gatewayUrl = info.Url;
            _maxConcurrency = Math.Max(1, info.SessionStartLimit.MaxConcurrency);
            logger.LogInformation("Gateway URL {GatewayUrl}; {Remaining} of {Total} session starts left", info.Url, info.SessionStartLimit.Remaining, info.SessionStartLimit.Total);
            return true;
        }
        catch (DiscordRestException ex) when (ex.StatusCode is 401 or 403)
        {
            throw new DiscordFatalException($"Discord rejected the bot token (HTTP {ex.StatusCode} on GET /gateway/bot). Check Discord:Token.", null, ex);
        }
        catch (DiscordRestException ex)
        {
            logger.LogWarning("Could not get the gateway URL: {Error}", ex.Message);
            return _gatewayUrl is not null;
        }
    }

    private async Task<Outcome> RunConnectionAsync(CancellationToken cancellationToken)
    {
        var session = _session;
        var uri = GatewayUri(session?.ResumeUrl ?? _gatewayUrl!);
        GatewaySocket socket;
        try
        {
            socket = await GatewaySocket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not connect to the gateway at {Host}: {Error}", uri.Host, ex.Message);
            _rediscover = session is null && string.IsNullOrWhiteSpace(options.Value.GatewayUrl);
            // A resume URL that refuses connections is useless: fall back to the main URL and a new session.
            return new Outcome(session is null ? ConnectionEnd.Resume : ConnectionEnd.Reidentify, ReconnectDelay.Backoff);
        }

        using var connection = new ConnectionState(socket, CancellationTokenSource.CreateLinkedTokenSource(cancellationToken));
        try
        {
            return await ReceiveLoopAsync(connection, session, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: a cancelled send or receive may already have aborted the socket; otherwise close with 1000.
            await socket.CloseNormallyAsync(CloseTimeout).ConfigureAwait(false);
            return new Outcome(ConnectionEnd.Stopped, ReconnectDelay.None);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException or JsonException)
        {
            if (connection.Zombie)
                return new Outcome(ConnectionEnd.Resume, ReconnectDelay.None, connection.Established);
            logger.LogWarning("Gateway connection lost ({Error}); will resume", ex.GetType().Name);
            return new Outcome(ConnectionEnd.Resume, ReconnectDelay.Backoff, connection.Established);
        }
        finally
        {
            connection.Heartbeater?.Dispose();
            connection.Cancel();
        }
    }

    private async Task<Outcome> ReceiveLoopAsync(ConnectionState connection, Session? session, CancellationToken cancellationToken)
    {
        var socket = connection.Socket;
        var token = connection.Token;
        while (true)
        {
            var payload = await socket.ReceiveAsync(token).ConfigureAwait(false);
            if (payload is null)
            {
                var code = (int?)socket.CloseStatus;
                var action = CloseCodes.ActionFor(code);
                logger.LogWarning("Gateway closed: {CloseCode}", CloseCodes.Describe(code));
                return action switch
                {
                    CloseAction.Fatal => new Outcome(ConnectionEnd.Fatal, ReconnectDelay.None, connection.Established, code),
                    CloseAction.Reidentify => new Outcome(ConnectionEnd.Reidentify, ReconnectDelay.Backoff, connection.Established, code),
                    _ => new Outcome(ConnectionEnd.Resume, ReconnectDelay.Backoff, connection.Established, code),
                };
            }

            switch (payload.Op)
            {
                case GatewayOpCode.Hello:
                    var hello = payload.D?.Deserialize(DiscordJsonContext.Default.HelloData)
                        ?? throw new JsonException("HELLO without data");
                    StartHeartbeat(connection, TimeSpan.FromMilliseconds(hello.HeartbeatInterval));
                    if (session is not null)
                        await SendResumeAsync(socket, session, token).ConfigureAwait(false);
                    else
                        await SendIdentifyAsync(socket, token).ConfigureAwait(false);
                    break;
                case GatewayOpCode.HeartbeatAck:
                    connection.Heartbeater?.Acknowledge();
                    break;
                case GatewayOpCode.Heartbeat:
                    if (connection.Heartbeater is { } heartbeater)
                        await heartbeater.BeatNowAsync(token).ConfigureAwait(false);
                    else
                        await SendHeartbeatAsync(socket, token).ConfigureAwait(false);
                    break;
                case GatewayOpCode.Dispatch:
                    HandleDispatch(payload, connection);
                    break;
                case GatewayOpCode.Reconnect:
                    logger.LogInformation("Gateway asked the bot to reconnect");
                    socket.Abort();
                    return new Outcome(ConnectionEnd.Resume, ReconnectDelay.None, connection.Established);
                case GatewayOpCode.InvalidSession:
                    var resumable = payload.D is { ValueKind: JsonValueKind.True };
                    logger.LogWarning("Gateway invalidated the session (resumable: {Resumable})", resumable);
                    socket.Abort();
                    return resumable
                        ? new Outcome(ConnectionEnd.Resume, ReconnectDelay.None, connection.Established)
                        : new Outcome(ConnectionEnd.Reidentify, ReconnectDelay.BeforeReidentify, connection.Established);
                default:
                    logger.LogDebug("Ignoring gateway opcode {Op}", payload.Op);
                    break;
            }
        }
    }

    private void HandleDispatch(GatewayPayload payload, ConnectionState connection)
    {
        if (payload.S is { } sequence)
            Interlocked.Exchange(ref _sequence, sequence);
        try
        {
            GatewayEvent? evt = payload.T switch
            {
                "READY" => OnReady(payload.D?.Deserialize(DiscordJsonContext.Default.ReadyData), connection),
                "RESUMED" => OnResumed(connection),
                "INTERACTION_CREATE" when payload.D?.Deserialize(DiscordJsonContext.Default.Interaction) is { } interaction => new InteractionCreateEvent(interaction),
                "MESSAGE_CREATE" when payload.D?.Deserialize(DiscordJsonContext.Default.DiscordMessage) is { } message => new MessageCreateEvent(message),
                _ => null,
            };
            if (evt is not null)
                _events.Writer.TryWrite(evt);
        }
        catch (JsonException ex)
        {
            // One malformed event must not cost the connection.
            logger.LogWarning("Skipping a {Event} dispatch that could not be read: {Error}", payload.T, ex.Message);
        }
    }

    private ReadyEvent OnReady(ReadyData? ready, ConnectionState connection)
    {
        if (ready is null)
            throw new JsonException("READY without data");
        _session = new Session(ready.SessionId, ready.ResumeGatewayUrl);
        Ready = ready;
        connection.Established = true;
        logger.LogInformation("Gateway ready as {BotUser} ({BotUserId}), application {ApplicationId}, {GuildCount} guilds",
            ready.User.Username, ready.User.Id, ready.Application.Id, ready.Guilds.Count);
        return new ReadyEvent(ready);
    }

    private ResumedEvent OnResumed(ConnectionState connection)
    {
        connection.Established = true;
        logger.LogInformation("Gateway session resumed at sequence {Sequence}", Sequence);
        return new ResumedEvent();
    }

    private void StartHeartbeat(ConnectionState connection, TimeSpan interval)
    {
        connection.Heartbeater?.Dispose();
        var heartbeater = new Heartbeater(
            interval,
            token => SendHeartbeatAsync(connection.Socket, token),
            onZombie: () =>
            {
                connection.Zombie = true;
                connection.Socket.Abort();
            },
            time, HeartbeatJitter, logger);
        connection.Heartbeater = heartbeater;
        _ = heartbeater.Start(connection.Token);
    }

    private Task SendHeartbeatAsync(GatewaySocket socket, CancellationToken token) =>
        socket.SendAsync(new GatewayPayload
        {
            Op = GatewayOpCode.Heartbeat,
            D = Sequence is { } s ? JsonSerializer.SerializeToElement(s, DiscordJsonContext.Default.Int32) : null,
        }, token);

    private async Task SendIdentifyAsync(GatewaySocket socket, CancellationToken token)
    {
        var settings = options.Value;
        await identifyLimiter.WaitTurnAsync(settings.ShardId, _maxConcurrency, token).ConfigureAwait(false);
        var identify = new IdentifyData
        {
            Token = settings.Token,
            Intents = (int)GatewayIntents.Default,
            Properties = new IdentifyProperties(OperatingSystemName(), "StoryBot", "StoryBot"),
            Shard = [settings.ShardId, settings.ShardCount],
        };
        logger.LogInformation("Identifying as shard {ShardId} of {ShardCount} with intents {Intents}", settings.ShardId, settings.ShardCount, identify.Intents);
        await socket.SendAsync(new GatewayPayload
        {
            Op = GatewayOpCode.Identify,
            D = JsonSerializer.SerializeToElement(identify, DiscordJsonContext.Default.IdentifyData),
        }, token).ConfigureAwait(false);
    }

    private Task SendResumeAsync(GatewaySocket socket, Session session, CancellationToken token)
    {
        logger.LogInformation("Resuming session at sequence {Sequence}", Sequence);
        var resume = new ResumeData(options.Value.Token, session.Id, Sequence);
        return socket.SendAsync(new GatewayPayload
        {
            Op = GatewayOpCode.Resume,
            D = JsonSerializer.SerializeToElement(resume, DiscordJsonContext.Default.ResumeData),
        }, token);
    }

    private static Uri GatewayUri(string baseUrl)
    {
        var withoutQuery = baseUrl.Split('?')[0].TrimEnd('/');
        return new Uri($"{withoutQuery}/?v=10&encoding=json");
    }

    private static string OperatingSystemName() =>
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";

    private sealed record Session(string Id, string ResumeUrl);

    private enum ConnectionEnd { Stopped, Resume, Reidentify, Fatal }

    private enum ReconnectDelay { None, Backoff, BeforeReidentify }

    private sealed record Outcome(ConnectionEnd Action, ReconnectDelay Delay, bool SessionEstablished = false, int? CloseCode = null);

    private sealed class ConnectionState(GatewaySocket socket, CancellationTokenSource cts) : IDisposable
    {
        public GatewaySocket Socket { get; } = socket;
        public CancellationToken Token { get; } = cts.Token;
        public Heartbeater? Heartbeater { get; set; }
        public volatile bool Zombie;
        public bool Established { get; set; }

        public void Cancel() => cts.Cancel();

        public void Dispose()
        {
            cts.Dispose();
            Socket.Dispose();
        }
    }
}
