namespace StoryBot.Discord.Gateway;

public enum CloseAction
{
    /// <summary>Reconnect to the resume URL and send Resume.</summary>
    Resume,
    /// <summary>Start a new session: reconnect and Identify.</summary>
    Reidentify,
    /// <summary>Stop: retrying cannot help.</summary>
    Fatal,
}

/// <summary>What to do after the gateway closes the socket with a given code.</summary>
public static class CloseCodes
{
    private static readonly Dictionary<int, (CloseAction Action, string Meaning)> Table = new()
    {
        [4000] = (CloseAction.Resume, "unknown error"),
        [4001] = (CloseAction.Resume, "unknown opcode"),
        [4002] = (CloseAction.Resume, "decode error"),
        [4003] = (CloseAction.Reidentify, "not authenticated"),
        [4004] = (CloseAction.Fatal, "authentication failed: Discord rejected the bot token. Check Discord:Token (the bot token from the developer portal, without 'Bot ')"),
        [4005] = (CloseAction.Resume, "already authenticated"),
        [4007] = (CloseAction.Reidentify, "invalid sequence on resume"),
        [4008] = (CloseAction.Resume, "rate limited"),
        [4009] = (CloseAction.Reidentify, "session timed out"),
        [4010] = (CloseAction.Fatal, "invalid shard: check Discord:ShardId and Discord:ShardCount"),
        [4011] = (CloseAction.Fatal, "sharding required: the bot is in too many guilds for one shard; raise Discord:ShardCount"),
        [4012] = (CloseAction.Fatal, "invalid API version"),
        [4013] = (CloseAction.Fatal, "invalid intents"),
        [4014] = (CloseAction.Fatal, "disallowed intents: enable the privileged intent in the developer portal or stop requesting it"),
    };

    /// <summary>No code (a dropped connection) and unknown codes resume; 1000/1001 mean the session ended, so identify.</summary>
    public static CloseAction ActionFor(int? closeCode) => closeCode switch
    {
        null => CloseAction.Resume,
        1000 or 1001 => CloseAction.Reidentify,
        { } code when Table.TryGetValue(code, out var entry) => entry.Action,
        _ => CloseAction.Resume,
    };

    public static string Describe(int? closeCode) => closeCode switch
    {
        null => "connection dropped",
        { } code when Table.TryGetValue(code, out var entry) => $"{code} ({entry.Meaning})",
        { } code => code.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
