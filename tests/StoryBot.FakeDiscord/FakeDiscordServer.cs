using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StoryBot.FakeDiscord.Gateway;
using StoryBot.FakeDiscord.OpenApi;
using StoryBot.FakeDiscord.Rest;

namespace StoryBot.FakeDiscord;

/// <summary>
/// A Discord-compatible server on 127.0.0.1 (random port) for tests: the gateway WebSocket and the REST routes a bot
/// uses. It records everything the client sends, checks it against Discord's rules and OpenAPI spec
/// (<see cref="Violations"/>), and lets a test script the other side: inject dispatches, ask for a heartbeat, send
/// RECONNECT or INVALID SESSION, drop the socket, stop acknowledging heartbeats, close with a code, fail REST calls.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;
    private readonly FakeGateway _gateway;
    private readonly FakeRestApi _rest;
    private string _origin = "";

    private FakeDiscordServer(FakeDiscordOptions options)
    {
        Options = options;
        var validator = options.OpenApiPath is null ? OpenApiValidator.Default : OpenApiValidator.Load(options.OpenApiPath);
        _gateway = new FakeGateway(options, () => ResumeGatewayUrl);
        _rest = new FakeRestApi(options, validator, () => GatewayUrl);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.UseWebSockets();
        _app.Run(context => context.Request.Path.Value switch
        {
            "/gateway" or "/gateway/" => _gateway.HandleAsync(context, "gateway"),
            "/resume" or "/resume/" => _gateway.HandleAsync(context, "resume"),
            _ => _rest.HandleAsync(context),
        });
    }

    public FakeDiscordOptions Options { get; }

    public string Token => Options.Token;

    /// <summary>The REST base, e.g. <c>http://127.0.0.1:5123/api/v10</c> (use as <c>Discord:ApiBaseUrl</c>).</summary>
    public string ApiBaseUrl => _origin + FakeRestApi.Prefix;

    /// <summary>What <c>GET /gateway/bot</c> returns.</summary>
    public string GatewayUrl => "ws" + _origin["http".Length..] + "/gateway";

    /// <summary>The <c>resume_gateway_url</c> sent in READY; connections here are recorded with endpoint "resume".</summary>
    public string ResumeGatewayUrl => "ws" + _origin["http".Length..] + "/resume";

    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null)
    {
        var server = new FakeDiscordServer(options ?? new FakeDiscordOptions());
        await server._app.StartAsync().ConfigureAwait(false);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server._origin = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return server;
    }

    // ---- What the client did ----

    /// <summary>Every REST request, in arrival order.</summary>
    public AsyncLog<RecordedRequest> Requests => _rest.Requests;

    /// <summary>Everything the client sent that Discord would not accept. Tests assert this is empty.</summary>
    public IReadOnlyList<Violation> Violations => [.. _rest.Violations.Snapshot(), .. _gateway.Problems.Snapshot().Select(p => new Violation("gateway", "gateway", p))];

    /// <summary>Every payload the client sent on any gateway connection.</summary>
    public AsyncLog<GatewayFrame> GatewayFrames => _gateway.Frames;

    /// <summary>Every gateway connection, in order (numbered from 1).</summary>
    public AsyncLog<FakeGatewayConnection> GatewayConnections => _gateway.Connections;

    /// <summary>The id of the session most recently identified or resumed.</summary>
    public string? SessionId => _gateway.CurrentSession?.Id;

    /// <summary>The last sequence number the fake assigned in the current session.</summary>
    public int SessionSequence => _gateway.CurrentSession?.Sequence ?? 0;

    public JsonArray? GlobalCommands => _rest.Commands(null);

    public JsonArray? GuildCommands(string guildId) => _rest.Commands(guildId);

    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, string what, TimeSpan? timeout = null) =>
        Requests.WaitForAsync(match, timeout ?? DefaultTimeout, what);

    public Task<GatewayFrame> WaitForFrameAsync(Func<GatewayFrame, bool> match, string what, TimeSpan? timeout = null) =>
        GatewayFrames.WaitForAsync(match, timeout ?? DefaultTimeout, what);

    /// <summary>Waits for the client's first Identify (op 2).</summary>
    public Task<GatewayFrame> WaitForIdentifyAsync(TimeSpan? timeout = null) =>
        WaitForFrameAsync(f => f.Op == 2, "an Identify", timeout);

    // ---- Scripting the gateway ----

    /// <summary>False: heartbeats go unanswered, so the client should decide the connection is a zombie.</summary>
    public bool AcknowledgeHeartbeats
    {
        get => _gateway.AcknowledgeHeartbeats;
        set => _gateway.AcknowledgeHeartbeats = value;
    }

    /// <summary>Sends a dispatch in the current session (buffered for replay if no connection is live); returns its sequence number.</summary>
    public Task<int> DispatchAsync(string eventName, JsonNode data) =>
        _gateway.DispatchAsync(_gateway.CurrentSession ?? throw new InvalidOperationException("No session yet: the client has not identified."), eventName, data);

    /// <summary>Sends INTERACTION_CREATE and remembers the interaction so its callback and webhooks are accepted.</summary>
    public Task<int> InjectInteractionAsync(JsonObject interaction)
    {
        _rest.RegisterInteraction(interaction["id"]!.GetValue<string>(), interaction["token"]!.GetValue<string>());
        return DispatchAsync("INTERACTION_CREATE", interaction);
    }

    /// <summary>Injects an interaction and returns the client's callback request (its first answer).</summary>
    public async Task<RecordedRequest> InjectInteractionAndWaitForCallbackAsync(JsonObject interaction, TimeSpan? timeout = null)
    {
        var id = interaction["id"]!.GetValue<string>();
        var callback = WaitForRequestAsync(r => r.Method == "POST" && r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal), $"the callback for interaction {id}", timeout);
        await InjectInteractionAsync(interaction).ConfigureAwait(false);
        return await callback.ConfigureAwait(false);
    }

    /// <summary>Sends MESSAGE_CREATE.</summary>
    public Task<int> InjectMessageAsync(JsonObject message) => DispatchAsync("MESSAGE_CREATE", message);

    /// <summary>Op 1 from the server: the client must beat at once.</summary>
    public Task RequestHeartbeatAsync() => CurrentConnection().SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });

    /// <summary>Op 7: the client should reconnect and resume.</summary>
    public Task SendReconnectAsync() => CurrentConnection().SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });

    /// <summary>Op 9 with <paramref name="resumable"/>; when false the session is also forgotten, as on Discord.</summary>
    public Task SendInvalidSessionAsync(bool resumable)
    {
        if (!resumable && _gateway.CurrentSession is { } session) session.Resumable = false;
        return CurrentConnection().SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });
    }

    /// <summary>Drops the TCP connection with no close frame.</summary>
    public void DropConnection() => CurrentConnection().Abort();

    /// <summary>Closes the current connection with a gateway close code (e.g. 4000 resumable, 4004 fatal).</summary>
    public Task CloseConnectionAsync(int code, string reason = "closed by test") => CurrentConnection().CloseAsync(code, reason);

    // ---- Scripting REST ----

    /// <summary>The next <paramref name="count"/> requests whose path starts with <paramref name="pathPrefix"/> get a 429.</summary>
    public void RateLimitNext(string pathPrefix, int count = 1, double retryAfterSeconds = 0.25, bool global = false, string? method = null) =>
        _rest.Failures.Add(pathPrefix, method, new ScriptedFailure.RateLimited(retryAfterSeconds, global), count);

    /// <summary>The next <paramref name="count"/> requests whose path starts with <paramref name="pathPrefix"/> fail with <paramref name="status"/>.</summary>
    public void FailNext(string pathPrefix, int count = 1, int status = 500, string? method = null) =>
        _rest.Failures.Add(pathPrefix, method, new ScriptedFailure.ServerError(status), count);

    private FakeGatewayConnection CurrentConnection() =>
        _gateway.Current ?? throw new InvalidOperationException("No gateway connection yet.");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
