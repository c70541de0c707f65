namespace StoryBot.Discord.Rest;

/// <summary>
/// One REST call: the route template (safe to log), the concrete relative path, and the top-level id that
/// Discord counts rate limits by (channel, guild, webhook + token, or interaction).
/// </summary>
public sealed record RestRoute(HttpMethod Method, string Template, string Path, string MajorId)
{
    /// <summary>Interaction callbacks and interaction webhooks are exempt from the global limit.</summary>
    public bool CountsTowardGlobalLimit { get; init; } = true;

    /// <summary>"POST /channels/{channel_id}/messages" — what logs and errors show.</summary>
    public string Name => $"{Method.Method} {Template}";

    /// <summary>Until Discord names the bucket, limits are keyed by route template plus major id.</summary>
    public string RouteKey => $"{Method.Method} {Template}";
}
