using System.ComponentModel.DataAnnotations;

namespace StoryBot.Discord;

/// <summary>Settings bound from the <c>Discord</c> configuration section (env: <c>Discord__Token</c>, <c>Discord__ApiBaseUrl</c>, …).</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string SectionName = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token from the developer portal, without the <c>Bot </c> prefix. Never logged.</summary>
    [Required(ErrorMessage = "Discord:Token is required: set it to the bot token from the Discord developer portal (or DISCORD_TOKEN / Discord__Token).")]
    public string Token { get; set; } = "";

    [Required]
    [Url(ErrorMessage = "Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10.")]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Skips <c>GET /gateway/bot</c> and connects here (wss://…). Normally left empty.</summary>
    public string? GatewayUrl { get; set; }

    [Range(0, 65535)]
    public int ShardId { get; set; }

    [Range(1, 65536)]
    public int ShardCount { get; set; } = 1;

    /// <summary>Register commands in this guild only (instant updates while developing) instead of globally.</summary>
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:CommandGuildId must be a guild id (digits only).")]
    public string? CommandGuildId { get; set; }

    /// <summary>How many interactions the bot handles at once.</summary>
    [Range(1, 256)]
    public int MaxConcurrentInteractions { get; set; } = 8;

    /// <summary>Retries of a REST request after a 5xx or a network error.</summary>
    [Range(0, 10)]
    public int RestMaxRetries { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ShardId >= ShardCount)
            yield return new ValidationResult($"Discord:ShardId ({ShardId}) must be below Discord:ShardCount ({ShardCount}).", [nameof(ShardId)]);
        if (Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
            yield return new ValidationResult("Discord:Token must be the bare token, without the 'Bot ' prefix.", [nameof(Token)]);
        if (!string.IsNullOrEmpty(GatewayUrl)
            && !(Uri.TryCreate(GatewayUrl, UriKind.Absolute, out var gateway) && gateway.Scheme is "ws" or "wss"))
            yield return new ValidationResult("Discord:GatewayUrl must be a ws:// or wss:// URL.", [nameof(GatewayUrl)]);
    }
}
