using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Models;

namespace StoryBot.Discord.Rest;

/// <summary>
/// Discord REST over the named <see cref="HttpClientName"/> client: bot authorization, rate-limit buckets,
/// waits on 429 (route or global), a few retries with backoff on 5xx and network errors, none on other 4xx.
/// </summary>
public sealed class DiscordRestClient(
    IHttpClientFactory httpClientFactory,
    IOptions<DiscordOptions> options,
    RateLimitBuckets buckets,
    TimeProvider time,
    ILogger<DiscordRestClient> logger) : IDiscordRestClient
{
    public const string HttpClientName = "StoryBot.Discord";
    public const string UserAgent = "DiscordBot (https://github.com/storybot/storybot, 1.0)";
    private const int MaxRateLimitRetries = 5;
    private static readonly TimeSpan FirstServerRetryDelay = TimeSpan.FromMilliseconds(500);

    private static DiscordJsonContext Json => DiscordJsonContext.Default;

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new RestRoute(HttpMethod.Get, "/gateway/bot", "gateway/bot", ""), null, Json.GatewayBotInfo, cancellationToken);

    public Task<ApplicationInfo> GetCurrentApplicationAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new RestRoute(HttpMethod.Get, "/applications/@me", "applications/@me", ""), null, Json.ApplicationInfo, cancellationToken);

    public async Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        var route = new RestRoute(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback",
            $"interactions/{Escape(interactionId)}/{Escape(interactionToken)}/callback", interactionId) { CountsTowardGlobalLimit = false };
        await SendAsync(route, Serialize(response, Json.InteractionResponse), cancellationToken).ConfigureAwait(false);
    }

    public Task<DiscordMessage> EditOriginalInteractionResponseAsync(string applicationId, string interactionToken, WebhookMessage message, CancellationToken cancellationToken = default) =>
        SendAsync(
            new RestRoute(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original",
                $"webhooks/{Escape(applicationId)}/{Escape(interactionToken)}/messages/@original", applicationId + "/" + interactionToken) { CountsTowardGlobalLimit = false },
            Serialize(message, Json.WebhookMessage), Json.DiscordMessage, cancellationToken);

    public Task<DiscordMessage> CreateFollowupMessageAsync(string applicationId, string interactionToken, WebhookMessage message, CancellationToken cancellationToken = default) =>
        SendAsync(
            new RestRoute(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}",
                $"webhooks/{Escape(applicationId)}/{Escape(interactionToken)}", applicationId + "/" + interactionToken) { CountsTowardGlobalLimit = false },
            Serialize(message, Json.WebhookMessage), Json.DiscordMessage, cancellationToken);

    public Task<DiscordMessage> CreateMessageAsync(string channelId, MessageCreate message, CancellationToken cancellationToken = default) =>
        SendAsync(
            new RestRoute(HttpMethod.Post, "/channels/{channel_id}/messages", $"channels/{Escape(channelId)}/messages", channelId),
            Serialize(message, Json.MessageCreate), Json.DiscordMessage, cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(string applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync(
            new RestRoute(HttpMethod.Put, "/applications/{application_id}/commands", $"applications/{Escape(applicationId)}/commands", applicationId),
            Serialize(commands, Json.IReadOnlyListApplicationCommand), Json.IReadOnlyListApplicationCommand, cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync(
            new RestRoute(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands",
                $"applications/{Escape(applicationId)}/guilds/{Escape(guildId)}/commands", applicationId + "/" + guildId),
            Serialize(commands, Json.IReadOnlyListApplicationCommand), Json.IReadOnlyListApplicationCommand, cancellationToken);

    private async Task<T> SendAsync<T>(RestRoute route, byte[]? body, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        var bytes = await SendAsync(route, body, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(bytes, responseType)
                ?? throw new DiscordRestException(route.Name, 200, null, "the response body was empty");
        }
        catch (JsonException ex)
        {
            throw new DiscordRestException(route.Name, 200, null, "the response body was not the expected JSON: " + ex.Message, ex);
        }
    }

    /// <summary>Sends until success, a non-retryable error, or the retry budget is spent; returns the response body.</summary>
    public async Task<byte[]> SendAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        var serverRetries = 0;
        var rateLimitRetries = 0;
        var maxServerRetries = options.Value.RestMaxRetries;
        while (true)
        {
            HttpStatusCode status;
            byte[] responseBody;
            using (await buckets.AcquireAsync(route, cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    using var request = BuildRequest(route, body);
                    using var response = await httpClientFactory.CreateClient(HttpClientName)
                        .SendAsync(request, cancellationToken).ConfigureAwait(false);
                    status = response.StatusCode;
                    responseBody = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                    buckets.Update(route, response.Headers);
                    if (status == HttpStatusCode.TooManyRequests)
                    {
                        var (retryAfter, global) = ReadRateLimit(response, responseBody);
                        buckets.OnRateLimited(route, retryAfter, global);
                        if (++rateLimitRetries > MaxRateLimitRetries)
                            throw Failure(route, status, responseBody);
                        logger.LogWarning("Discord rate-limited {Route} ({Scope}); retrying after {RetryAfterMs} ms",
                            route.Name, global ? "global" : "route", retryAfter.TotalMilliseconds);
                        continue;
                    }
                }
                catch (Exception ex) when (IsTransportFailure(ex, cancellationToken) && serverRetries < maxServerRetries)
                {
                    serverRetries++;
                    logger.LogWarning("Discord {Route} could not be reached ({Error}); retry {Attempt} of {MaxRetries}",
                        route.Name, ex.GetType().Name, serverRetries, maxServerRetries);
                    await Task.Delay(Backoff(serverRetries), time, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (Exception ex) when (IsTransportFailure(ex, cancellationToken))
                {
                    logger.LogError("Discord {Route} could not be reached after {Retries} retries ({Error})", route.Name, serverRetries, ex.GetType().Name);
                    throw new DiscordRestException(route.Name, 0, null, "no response from Discord: " + ex.Message, ex);
                }
            }

            if ((int)status >= 500 && serverRetries < maxServerRetries)
            {
                serverRetries++;
                logger.LogWarning("Discord {Route} answered {Status}; retry {Attempt} of {MaxRetries}", route.Name, (int)status, serverRetries, maxServerRetries);
                await Task.Delay(Backoff(serverRetries), time, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if ((int)status is >= 200 and < 300)
                return responseBody;
            throw Failure(route, status, responseBody);
        }
    }

    private DiscordRestException Failure(RestRoute route, HttpStatusCode status, byte[] body)
    {
        DiscordErrorBody? error = null;
        try
        {
            if (body.Length > 0) error = JsonSerializer.Deserialize(body, Json.DiscordErrorBody);
        }
        catch (JsonException)
        {
            // Not Discord's JSON (e.g. a proxy's HTML page): report the status alone.
        }
        var message = error?.Message ?? status.ToString();
        logger.LogError("Discord {Route} failed with {Status} (code {DiscordCode}): {DiscordMessage}", route.Name, (int)status, error?.Code, message);
        return new DiscordRestException(route.Name, (int)status, error?.Code, message);
    }

    private HttpRequestMessage BuildRequest(RestRoute route, byte[]? body)
    {
        var request = new HttpRequestMessage(route.Method, route.Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        return request;
    }

    private static (TimeSpan RetryAfter, bool Global) ReadRateLimit(HttpResponseMessage response, byte[] body)
    {
        double? seconds = null;
        var global = response.Headers.Contains("X-RateLimit-Global");
        try
        {
            if (body.Length > 0 && JsonSerializer.Deserialize(body, Json.RateLimitedBody) is { } parsed)
            {
                seconds = parsed.RetryAfter;
                global |= parsed.Global;
            }
        }
        catch (JsonException)
        {
            // Fall back to the Retry-After header below.
        }
        if (seconds is null or <= 0 && response.Headers.TryGetValues("Retry-After", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var header))
            seconds = header;
        return (TimeSpan.FromSeconds(Math.Clamp(seconds ?? 1, 0, 3600)), global);
    }

    private static bool IsTransportFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static TimeSpan Backoff(int attempt) => FirstServerRetryDelay * Math.Pow(2, attempt - 1);

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
