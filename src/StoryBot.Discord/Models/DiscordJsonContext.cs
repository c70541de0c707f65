using System.Text.Json;
using System.Text.Json.Serialization;

namespace StoryBot.Discord.Models;

/// <summary>Source-generated JSON for every Discord payload: snake_case keys, nulls left out when writing.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(ApplicationInfo))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(WebhookMessage))]
[JsonSerializable(typeof(MessageCreate))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(RateLimitedBody))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
