using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace StoryBot.FakeDiscord.Gateway;

/// <summary>
/// The fake gateway (PROTOCOL.md §11): HELLO, heartbeat ACKs, Identify checks (bad token → 4004, unknown intents → 4013,
/// privileged → 4014, twice → 4005), READY then GUILD_CREATEs, numbered dispatches with a replay buffer per session,
/// Resume (replay + RESUMED, or op 9 false), payload size and rate limits (4002, 4008).
/// </summary>
internal sealed class FakeGateway(FakeDiscordOptions options, Func<string> resumeUrl)
{
    private const int KnownIntents = 1 | 2 | 4 | 8 | 16 | 32 | 64 | 128 | 256 | 512 | 1024 | 2048 | 4096 | 8192 | 16384 | 32768 | 65536
        | (1 << 20) | (1 << 21) | (1 << 24) | (1 << 25);
    private const int PrivilegedIntents = 2 | 256 | 32768;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, FakeSession> _sessions = [];
    private int _connectionCount;
    private DateTimeOffset _lastIdentify = DateTimeOffset.MinValue;

    public AsyncLog<GatewayFrame> Frames { get; } = new();
    public AsyncLog<FakeGatewayConnection> Connections { get; } = new();
    public AsyncLog<string> Problems { get; } = new();
    public volatile bool AcknowledgeHeartbeats = true;
    public FakeGatewayConnection? Current { get; private set; }
    public FakeSession? CurrentSession { get; private set; }

    public async Task HandleAsync(HttpContext context, string endpoint)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var query = context.Request.QueryString.Value ?? "";
        var connection = new FakeGatewayConnection(Interlocked.Increment(ref _connectionCount), endpoint, query, socket);
        lock (_lock) Current = connection;
        Connections.Add(connection);
        try
        {
            if (context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
            {
                Problems.Add($"connection {connection.Number} used query '{query}', not v=10&encoding=json");
                await connection.CloseAsync(4012, "Invalid API version").ConfigureAwait(false);
                return;
            }
            await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = options.HeartbeatIntervalMs } }).ConfigureAwait(false);
            await ReceiveLoopAsync(socket, connection, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // Client dropped the connection.
        }
        finally
        {
            lock (_lock)
            {
                if (connection.Session is { } session && session.Live == connection) session.Live = null;
            }
            connection.MarkClosed();
        }
    }

    private async Task ReceiveLoopAsync(WebSocket socket, FakeGatewayConnection connection, CancellationToken aborted)
    {
        var buffer = new byte[8192];
        var sentTimes = new Queue<DateTimeOffset>();
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, aborted).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
                message.Write(buffer, 0, result.Count);
            } while (!result.EndOfMessage);

            if (message.Length > 4096)
            {
                Problems.Add($"connection {connection.Number} sent a {message.Length}-byte payload (limit 4096)");
                await connection.CloseAsync(4002, "Decode error").ConfigureAwait(false);
                return;
            }
            var now = DateTimeOffset.UtcNow;
            sentTimes.Enqueue(now);
            while (sentTimes.Peek() < now - TimeSpan.FromSeconds(60)) sentTimes.Dequeue();
            if (sentTimes.Count > 120)
            {
                Problems.Add($"connection {connection.Number} sent more than 120 payloads in 60 s");
                await connection.CloseAsync(4008, "Rate limited").ConfigureAwait(false);
                return;
            }

            JsonObject payload;
            try
            {
                payload = JsonNode.Parse(message.ToArray()) as JsonObject ?? throw new JsonException("not an object");
            }
            catch (JsonException)
            {
                Problems.Add($"connection {connection.Number} sent a payload that is not a JSON object");
                await connection.CloseAsync(4002, "Decode error").ConfigureAwait(false);
                return;
            }
            var op = payload["op"]?.GetValue<int>() ?? -1;
            var data = payload["d"]?.DeepClone();
            Frames.Add(new GatewayFrame(connection.Number, connection.Endpoint, op, data, now));
            if (!await HandlePayloadAsync(connection, op, data).ConfigureAwait(false))
                return;
        }
    }

    /// <returns>False when the fake closed the connection.</returns>
    private async Task<bool> HandlePayloadAsync(FakeGatewayConnection connection, int op, JsonNode? data)
    {
        switch (op)
        {
            case 1:
                if (AcknowledgeHeartbeats)
                    await connection.SendAsync(new JsonObject { ["op"] = 11 }).ConfigureAwait(false);
                return true;
            case 2:
                return await IdentifyAsync(connection, data as JsonObject).ConfigureAwait(false);
            case 6:
                return await ResumeAsync(connection, data as JsonObject).ConfigureAwait(false);
            case 3 when connection.Identified:
                return true;
            default:
                Problems.Add($"connection {connection.Number} sent op {op} {(connection.Identified ? "which is unknown" : "before identifying")}");
                await connection.CloseAsync(connection.Identified ? 4001 : 4003, connection.Identified ? "Unknown opcode" : "Not authenticated").ConfigureAwait(false);
                return false;
        }
    }

    private async Task<bool> IdentifyAsync(FakeGatewayConnection connection, JsonObject? identify)
    {
        if (connection.Identified)
        {
            Problems.Add($"connection {connection.Number} identified twice");
            await connection.CloseAsync(4005, "Already authenticated").ConfigureAwait(false);
            return false;
        }
        if (identify?["token"]?.GetValue<string>() != options.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed").ConfigureAwait(false);
            return false;
        }
        var intents = identify["intents"]?.GetValue<int>() ?? -1;
        if (intents < 0 || (intents & ~KnownIntents) != 0)
        {
            await connection.CloseAsync(4013, "Invalid intent(s)").ConfigureAwait(false);
            return false;
        }
        if ((intents & PrivilegedIntents) != 0)
        {
            await connection.CloseAsync(4014, "Disallowed intent(s)").ConfigureAwait(false);
            return false;
        }
        if (identify["properties"] is not JsonObject properties || properties["os"] is null || properties["browser"] is null || properties["device"] is null)
            Problems.Add("Identify without properties.os/browser/device");

        var now = DateTimeOffset.UtcNow;
        lock (_lock)
        {
            if (now - _lastIdentify < options.IdentifyInterval)
            {
                Problems.Add("Identify sooner than the identify interval");
                _ = connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
                return true;
            }
            _lastIdentify = now;
        }

        var session = new FakeSession(Guid.NewGuid().ToString("N"));
        connection.Identified = true;
        connection.Session = session;
        lock (_lock)
        {
            _sessions[session.Id] = session;
            session.Live = connection;
            CurrentSession = session;
        }
        var shard = identify["shard"]?.DeepClone();
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = options.BotUserId, ["username"] = options.BotUsername, ["discriminator"] = "0", ["bot"] = true, ["avatar"] = null },
            ["guilds"] = new JsonArray(options.GuildIds.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["unavailable"] = true }).ToArray()),
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = resumeUrl(),
            ["application"] = new JsonObject { ["id"] = options.ApplicationId, ["flags"] = 0 },
        };
        if (shard is not null) ready["shard"] = shard;
        await DispatchAsync(session, "READY", ready).ConfigureAwait(false);
        foreach (var guildId in options.GuildIds)
            await DispatchAsync(session, "GUILD_CREATE", FakePayloads.Guild(guildId)).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> ResumeAsync(FakeGatewayConnection connection, JsonObject? resume)
    {
        if (resume?["token"]?.GetValue<string>() != options.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed").ConfigureAwait(false);
            return false;
        }
        var sessionId = resume["session_id"]?.GetValue<string>();
        FakeSession? session;
        lock (_lock) _sessions.TryGetValue(sessionId ?? "", out session);
        if (session is null || !session.Resumable)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false }).ConfigureAwait(false);
            return true;
        }
        var seq = resume["seq"]?.GetValue<int?>() ?? 0;
        await session.Lock.WaitAsync().ConfigureAwait(false);
        try
        {
            connection.Identified = true;
            connection.Session = session;
            lock (_lock)
            {
                session.Live = connection;
                CurrentSession = session;
            }
            foreach (var missed in session.Sent.Where(p => p["s"]!.GetValue<int>() > seq))
                await connection.SendAsync((JsonObject)missed.DeepClone()).ConfigureAwait(false);
            await SendDispatchLockedAsync(session, "RESUMED", new JsonObject()).ConfigureAwait(false);
        }
        finally
        {
            session.Lock.Release();
        }
        return true;
    }

    /// <summary>Numbers the dispatch, keeps it for replay and sends it if the session has a live connection.</summary>
    public async Task<int> DispatchAsync(FakeSession session, string eventName, JsonNode data)
    {
        await session.Lock.WaitAsync().ConfigureAwait(false);
        try
        {
            return await SendDispatchLockedAsync(session, eventName, data).ConfigureAwait(false);
        }
        finally
        {
            session.Lock.Release();
        }
    }

    private static async Task<int> SendDispatchLockedAsync(FakeSession session, string eventName, JsonNode data)
    {
        var seq = ++session.Sequence;
        var payload = new JsonObject { ["op"] = 0, ["s"] = seq, ["t"] = eventName, ["d"] = data.DeepClone() };
        session.Sent.Add(payload);
        if (session.Live is { } live)
            await live.SendAsync((JsonObject)payload.DeepClone()).ConfigureAwait(false);
        return seq;
    }
}
