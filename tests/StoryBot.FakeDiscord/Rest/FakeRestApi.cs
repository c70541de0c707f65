using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using StoryBot.FakeDiscord.OpenApi;

namespace StoryBot.FakeDiscord.Rest;

/// <summary>
/// The REST routes the bot uses, under <c>/api/v10</c>. Every request is recorded and checked: headers
/// (Authorization, User-Agent, Content-Type), the OpenAPI spec, Discord's documented limits, and interaction rules
/// (one answer, within the deadline, by a token the fake handed out). Anything wrong is a <see cref="Violation"/>
/// and, as on Discord, an error response.
/// </summary>
internal sealed partial class FakeRestApi(FakeDiscordOptions options, OpenApiValidator validator, Func<string> gatewayUrl)
{
    public const string Prefix = "/api/v10";

    private readonly ConcurrentDictionary<string, InteractionState> _interactionsById = new();
    private readonly ConcurrentDictionary<string, InteractionState> _interactionsByToken = new();
    private readonly ConcurrentDictionary<string, JsonArray> _commands = new();
    private long _requestCount;

    public AsyncLog<RecordedRequest> Requests { get; } = new();
    public AsyncLog<Violation> Violations { get; } = new();
    public ScriptedFailures Failures { get; } = new();

    public void RegisterInteraction(string id, string token)
    {
        var state = new InteractionState(id, token, DateTimeOffset.UtcNow);
        _interactionsById[id] = state;
        _interactionsByToken[token] = state;
    }

    public JsonArray? Commands(string? guildId) => _commands.TryGetValue(guildId ?? "", out var commands) ? (JsonArray)commands.DeepClone() : null;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var receivedAt = DateTimeOffset.UtcNow;
        string? body;
        using (var reader = new StreamReader(request.Body))
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        if (body.Length == 0) body = null;
        var fullPath = request.Path.Value ?? "";
        var path = fullPath.StartsWith(Prefix, StringComparison.Ordinal) ? fullPath[Prefix.Length..] : fullPath;
        var method = request.Method.ToUpperInvariant();
        var template = validator.FindTemplate(method, path);
        var name = $"{method} {template ?? path}";
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        var response = Process(method, path, fullPath, template, name, headers, body, request.ContentType, receivedAt);
        var number = Interlocked.Increment(ref _requestCount);

        context.Response.StatusCode = response.Status;
        foreach (var (key, value) in response.Headers)
            context.Response.Headers[key] = value;
        // Record before answering so a test that awaits the response sees the request logged.
        Requests.Add(new RecordedRequest(number, method, path, template, headers, body, receivedAt, response.Status));
        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
        }
    }

    private Response Process(string method, string path, string fullPath, string? template, string name,
        Dictionary<string, string> headers, string? body, string? contentType, DateTimeOffset receivedAt)
    {
        if (!fullPath.StartsWith(Prefix + "/", StringComparison.Ordinal))
            return Violate("route", name, $"not under {Prefix}", Error(404, 0, "404: Not Found"));

        var interactionRoute = path.StartsWith("/interactions/", StringComparison.Ordinal) || path.StartsWith("/webhooks/", StringComparison.Ordinal);
        headers.TryGetValue("Authorization", out var authorization);
        if (authorization is not null || !interactionRoute)
        {
            if (authorization != "Bot " + options.Token)
                return Error(401, 0, "401: Unauthorized");
        }
        if (!headers.TryGetValue("User-Agent", out var userAgent) || !UserAgentPattern().IsMatch(userAgent))
            Violate("header", name, $"User-Agent '{userAgent}' is not 'DiscordBot (url, version)'");
        if (body is not null && (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)))
            return Violate("header", name, $"Content-Type '{contentType}' is not application/json", Error(400, 50035, "Invalid Form Body"));

        if (Failures.Take(method, path) is { } failure)
            return Scripted(failure, template ?? path);

        var specErrors = validator.Validate(method, path, body);
        if (specErrors.Count > 0)
        {
            var status = template is null ? 404 : 400;
            return Violate("openapi", name, string.Join("; ", specErrors), Error(status, status == 404 ? 0 : 50035, status == 404 ? "404: Not Found" : "Invalid Form Body"));
        }

        JsonNode? json = body is null ? null : JsonNode.Parse(body);
        var segments = path.Trim('/').Split('/');
        return (method, template) switch
        {
            ("GET", "/gateway/bot") => Ok(new JsonObject
            {
                ["url"] = gatewayUrl(),
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14400000, ["max_concurrency"] = 1 },
            }, template),
            ("GET", "/applications/@me") => Ok(new JsonObject { ["id"] = options.ApplicationId, ["name"] = options.BotUsername, ["bot_public"] = true }, template),
            ("POST", "/interactions/{interaction_id}/{interaction_token}/callback") => Callback(name, segments[1], segments[2], json, receivedAt),
            ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}") when segments[3] == "messages" && segments[4] == "@original" =>
                Webhook(name, segments[1], segments[2], json, editOriginal: true),
            ("POST", "/webhooks/{webhook_id}/{webhook_token}") => Webhook(name, segments[1], segments[2], json, editOriginal: false),
            ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original") => Webhook(name, segments[1], segments[2], json, editOriginal: true),
            ("POST", "/channels/{channel_id}/messages") => ChannelMessage(name, segments[1], json),
            ("PUT", "/applications/{application_id}/commands") => OverwriteCommands(name, segments[1], null, json),
            ("PUT", "/applications/{application_id}/guilds/{guild_id}/commands") => OverwriteCommands(name, segments[1], segments[3], json),
            _ => Violate("route", name, "the fake does not implement this route", Error(404, 0, "404: Not Found")),
        };
    }

    /// <param name="receivedAt">When the request arrived: the deadline is the client's, not the time this fake spends checking.</param>
    private Response Callback(string name, string interactionId, string token, JsonNode? body, DateTimeOffset receivedAt)
    {
        if (!_interactionsById.TryGetValue(interactionId, out var state) || state.Token != token)
            return Violate("interaction", name, "callback for an interaction the fake never sent", Error(404, 10062, "Unknown interaction"));
        var limits = DiscordLimits.CheckCallback(body);
        if (limits.Count > 0)
            return Violate("limits", name, string.Join("; ", limits), Error(400, 50035, "Invalid Form Body"));
        if (body?["type"]?.GetValue<int>() is 4 or 7)
            CheckAllowedMentions(name, body["data"]);
        lock (state)
        {
            if (receivedAt - state.DispatchedAt > options.InteractionDeadline)
                return Violate("interaction", name, $"answered after {(receivedAt - state.DispatchedAt).TotalSeconds:0.00} s (deadline {options.InteractionDeadline.TotalSeconds} s)", Error(404, 10062, "Unknown interaction"));
            if (state.Acknowledged)
                return Violate("interaction", name, "second answer to one interaction", Error(400, 40060, "Interaction has already been acknowledged."));
            state.Acknowledged = true;
        }
        return new Response(204, null, RateLimitHeaders("/interactions/{interaction_id}/{interaction_token}/callback"));
    }

    private Response Webhook(string name, string applicationId, string token, JsonNode? body, bool editOriginal)
    {
        if (applicationId != options.ApplicationId || !_interactionsByToken.TryGetValue(token, out var state))
            return Violate("interaction", name, "webhook route with an unknown application id or interaction token", Error(404, 10015, "Unknown Webhook"));
        if (!state.Acknowledged)
            return Violate("interaction", name, "webhook call before the interaction was answered", Error(404, 10008, "Unknown Message"));
        var limits = DiscordLimits.CheckMessage(body);
        if (limits.Count > 0)
            return Violate("limits", name, string.Join("; ", limits), Error(400, 50035, "Invalid Form Body"));
        CheckAllowedMentions(name, body);
        var id = editOriginal ? state.OriginalMessageId : FakePayloads.NewSnowflake();
        return Ok(MessageFrom(id, FakePayloads.DefaultChannelId, body), "/webhooks/{webhook_id}/{webhook_token}");
    }

    private Response ChannelMessage(string name, string channelId, JsonNode? body)
    {
        var limits = DiscordLimits.CheckMessage(body);
        if (body is JsonObject obj && obj["content"] is null && obj["embeds"] is null && obj["components"] is null && obj["sticker_ids"] is null)
            limits.Add("empty message (no content, embeds, components or stickers)");
        if (limits.Count > 0)
            return Violate("limits", name, string.Join("; ", limits), Error(400, limits[^1].StartsWith("empty", StringComparison.Ordinal) ? 50006 : 50035, "Invalid Form Body"));
        CheckAllowedMentions(name, body);
        return Ok(MessageFrom(FakePayloads.NewSnowflake(), channelId, body), "/channels/{channel_id}/messages");
    }

    private Response OverwriteCommands(string name, string applicationId, string? guildId, JsonNode? body)
    {
        if (applicationId != options.ApplicationId)
            return Violate("commands", name, "wrong application id", Error(403, 50001, "Missing Access"));
        if (guildId is not null && !options.GuildIds.Contains(guildId))
            return Violate("commands", name, "unknown guild", Error(404, 10004, "Unknown Guild"));
        var limits = DiscordLimits.CheckCommands(body);
        if (limits.Count > 0)
            return Violate("limits", name, string.Join("; ", limits), Error(400, 50035, "Invalid Form Body"));
        var stored = new JsonArray();
        foreach (var command in (body as JsonArray ?? []).OfType<JsonObject>())
        {
            var copy = (JsonObject)command.DeepClone();
            copy["id"] = FakePayloads.NewSnowflake();
            copy["application_id"] = options.ApplicationId;
            copy["version"] = FakePayloads.NewSnowflake();
            copy["type"] ??= 1;
            if (guildId is not null) copy["guild_id"] = guildId;
            stored.Add(copy);
        }
        _commands[guildId ?? ""] = stored;
        return Ok(stored.DeepClone(), guildId is null ? "/applications/{application_id}/commands" : "/applications/{application_id}/guilds/{guild_id}/commands");
    }

    /// <summary>Every message the bot sends must set allowed_mentions so nothing can ping (parse: [], replied_user: false).</summary>
    private void CheckAllowedMentions(string name, JsonNode? body)
    {
        var mentions = body?["allowed_mentions"] as JsonObject;
        var parse = mentions?["parse"] as JsonArray;
        if (mentions is null || parse is null || parse.Count != 0 || mentions["replied_user"]?.GetValue<bool>() == true
            || mentions["users"] is JsonArray { Count: > 0 } || mentions["roles"] is JsonArray { Count: > 0 })
            Violate("mentions", name, "allowed_mentions must be {parse: [], replied_user: false}");
    }

    private JsonObject MessageFrom(string id, string channelId, JsonNode? body)
    {
        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channelId,
            ["type"] = body?["message_reference"] is null ? 0 : 19,
            ["author"] = FakePayloads.User(options.BotUserId, options.BotUsername, bot: true),
            ["content"] = body?["content"]?.DeepClone() ?? "",
            ["embeds"] = body?["embeds"]?.DeepClone() ?? new JsonArray(),
            ["components"] = body?["components"]?.DeepClone() ?? new JsonArray(),
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
            ["attachments"] = new JsonArray(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["pinned"] = false,
            ["flags"] = body?["flags"]?.DeepClone() ?? 0,
        };
        if (body?["message_reference"] is JsonObject reference)
            message["message_reference"] = reference.DeepClone();
        return message;
    }

    private Response Scripted(ScriptedFailure failure, string bucketRoute) => failure switch
    {
        ScriptedFailure.RateLimited limited => new Response(429,
            new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = limited.RetryAfterSeconds, ["global"] = limited.Global },
            limited.Global
                ? [("Retry-After", Math.Ceiling(limited.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture)), ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global")]
                : [.. RateLimitHeaders(bucketRoute, remaining: 0, resetAfter: limited.RetryAfterSeconds),
                   ("Retry-After", Math.Ceiling(limited.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture)), ("X-RateLimit-Scope", "user")]),
        ScriptedFailure.ServerError error => new Response(error.Status, new JsonObject { ["code"] = 0, ["message"] = "Internal Server Error" }, []),
        _ => throw new InvalidOperationException(),
    };

    private static Response Ok(JsonNode body, string? bucketRoute) => new(200, body, RateLimitHeaders(bucketRoute ?? "other"));

    private static (string, string)[] RateLimitHeaders(string bucketRoute, int remaining = 49, double resetAfter = 1.0) =>
    [
        ("X-RateLimit-Limit", "50"),
        ("X-RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture)),
        ("X-RateLimit-Reset-After", resetAfter.ToString("0.000", CultureInfo.InvariantCulture)),
        ("X-RateLimit-Reset", (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + resetAfter).ToString("0.000", CultureInfo.InvariantCulture)),
        ("X-RateLimit-Bucket", Convert.ToHexString(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(bucketRoute)))[..16].ToLowerInvariant()),
    ];

    private static Response Error(int status, int code, string message) =>
        new(status, new JsonObject { ["code"] = code, ["message"] = message }, []);

    private Response Violate(string kind, string request, string detail, Response response)
    {
        Violate(kind, request, detail);
        return response;
    }

    private void Violate(string kind, string request, string detail) => Violations.Add(new Violation(kind, request, detail));

    [GeneratedRegex(@"^DiscordBot \(\S+, [^)]+\)")]
    private static partial Regex UserAgentPattern();

    private sealed record Response(int Status, JsonNode? Body, (string Name, string Value)[] Headers);

    private sealed class InteractionState(string id, string token, DateTimeOffset dispatchedAt)
    {
        public string Id { get; } = id;
        public string Token { get; } = token;
        public DateTimeOffset DispatchedAt { get; } = dispatchedAt;
        public bool Acknowledged { get; set; }
        public string OriginalMessageId { get; } = FakePayloads.NewSnowflake();
    }
}
