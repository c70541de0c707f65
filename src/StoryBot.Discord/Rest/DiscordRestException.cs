namespace StoryBot.Discord.Rest;

/// <summary>A REST request Discord refused, or that kept failing after retries. <see cref="Route"/> is the template (no ids or tokens).</summary>
public sealed class DiscordRestException(string route, int statusCode, int? discordCode, string discordMessage, Exception? inner = null)
    : Exception(Describe(route, statusCode, discordCode, discordMessage), inner)
{
    public string Route { get; } = route;
    /// <summary>HTTP status, or 0 when no response arrived.</summary>
    public int StatusCode { get; } = statusCode;
    /// <summary>Discord's JSON error code (e.g. 50035 invalid form body), if the body had one.</summary>
    public int? DiscordCode { get; } = discordCode;
    public string DiscordMessage { get; } = discordMessage;

    private static string Describe(string route, int status, int? code, string message) =>
        $"Discord {route} failed: HTTP {(status == 0 ? "no response" : status.ToString(System.Globalization.CultureInfo.InvariantCulture))}"
        + (code is { } c ? $", code {c}" : "") + $": {message}";
}
