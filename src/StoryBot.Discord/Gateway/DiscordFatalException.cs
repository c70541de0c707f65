namespace StoryBot.Discord.Gateway;

/// <summary>Discord refused the bot in a way retrying cannot fix (e.g. close code 4004: the token is wrong).</summary>
public sealed class DiscordFatalException(string message, int? closeCode = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The gateway close code, when the gateway was the one that refused.</summary>
    public int? CloseCode { get; } = closeCode;
}
