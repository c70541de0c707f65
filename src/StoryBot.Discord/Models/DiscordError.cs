using System.Text.Json;

namespace StoryBot.Discord.Models;

/// <summary>Discord's JSON error body: <c>{code, message, errors?}</c>.</summary>
public sealed record DiscordErrorBody
{
    public int Code { get; init; }
    public string? Message { get; init; }
    public JsonElement? Errors { get; init; }
}

/// <summary>Body of a 429: seconds to wait (float) and whether the global limit was hit.</summary>
public sealed record RateLimitedBody
{
    public string? Message { get; init; }
    public double RetryAfter { get; init; }
    public bool Global { get; init; }
    public int? Code { get; init; }
}
