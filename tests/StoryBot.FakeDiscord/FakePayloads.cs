using System.Text.Json.Nodes;

namespace StoryBot.FakeDiscord;

/// <summary>Builders for the dispatch payloads tests inject: slash commands, autocomplete, button clicks, messages.</summary>
public static class FakePayloads
{
    private const long DiscordEpochMs = 1420070400000;
    private static long _increment;

    public const string DefaultChannelId = "300000000000000001";
    public const string DefaultUserId = "400000000000000001";
    public const string DefaultUsername = "alice";

    /// <summary>A snowflake for now, laid out as Discord does (timestamp, worker, process, increment).</summary>
    public static string NewSnowflake()
    {
        var ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - DiscordEpochMs;
        var increment = Interlocked.Increment(ref _increment) & 0xFFF;
        return (((ulong)ms << 22) | (1UL << 17) | (1UL << 12) | (ulong)increment).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static JsonObject User(string id = DefaultUserId, string username = DefaultUsername, bool bot = false)
    {
        var user = new JsonObject { ["id"] = id, ["username"] = username, ["discriminator"] = "0", ["global_name"] = username, ["avatar"] = null };
        if (bot) user["bot"] = true;
        return user;
    }

    public static JsonObject Guild(string guildId) => new()
    {
        ["id"] = guildId,
        ["name"] = "Test Guild",
        ["owner_id"] = DefaultUserId,
        ["unavailable"] = false,
        ["joined_at"] = "2026-01-01T00:00:00.000000+00:00",
        ["large"] = false,
        ["member_count"] = 2,
        ["roles"] = new JsonArray(new JsonObject { ["id"] = guildId, ["name"] = "@everyone", ["permissions"] = "2147552256" }),
        ["channels"] = new JsonArray(new JsonObject { ["id"] = DefaultChannelId, ["type"] = 0, ["name"] = "general", ["guild_id"] = guildId }),
        ["members"] = new JsonArray(),
        ["threads"] = new JsonArray(),
        ["presences"] = new JsonArray(),
        ["voice_states"] = new JsonArray(),
    };

    /// <summary>An option the user filled in: <c>("question", "who signed?")</c>. Nested options make a subcommand.</summary>
    public static JsonObject Option(string name, JsonNode? value, int type = 3, bool focused = false)
    {
        var option = new JsonObject { ["name"] = name, ["type"] = type, ["value"] = value };
        if (focused) option["focused"] = true;
        return option;
    }

    public static JsonObject Subcommand(string name, params JsonObject[] options) =>
        new() { ["name"] = name, ["type"] = 1, ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()) };

    /// <summary>A CHAT_INPUT slash command used in a guild (DM when <paramref name="guildId"/> is null).</summary>
    public static JsonObject SlashCommand(FakeDiscordOptions server, string name, params JsonObject[] options) =>
        Interaction(server, type: 2, new JsonObject
        {
            ["id"] = NewSnowflake(),
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()),
        });

    /// <summary>An autocomplete request: the options typed so far, one of them focused.</summary>
    public static JsonObject Autocomplete(FakeDiscordOptions server, string name, params JsonObject[] options) =>
        Interaction(server, type: 4, new JsonObject
        {
            ["id"] = NewSnowflake(),
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()),
        });

    /// <summary>A click on a button with <paramref name="customId"/>, on the bot message <paramref name="messageId"/>.</summary>
    public static JsonObject ButtonClick(FakeDiscordOptions server, string customId, string? messageId = null, string userId = DefaultUserId)
    {
        var interaction = Interaction(server, type: 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, userId: userId);
        interaction["message"] = new JsonObject
        {
            ["id"] = messageId ?? NewSnowflake(),
            ["channel_id"] = DefaultChannelId,
            ["author"] = User(server.BotUserId, server.BotUsername, bot: true),
            ["content"] = "",
            ["type"] = 20,
            ["mentions"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["components"] = new JsonArray(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        };
        return interaction;
    }

    public static JsonObject Interaction(FakeDiscordOptions server, int type, JsonObject data, string userId = DefaultUserId, string? guildId = "", string channelId = DefaultChannelId)
    {
        var guild = guildId == "" ? server.GuildIds.FirstOrDefault() : guildId;
        var interaction = new JsonObject
        {
            ["id"] = NewSnowflake(),
            ["application_id"] = server.ApplicationId,
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = channelId,
            ["token"] = "itoken-" + Guid.NewGuid().ToString("N"),
            ["version"] = 1,
            ["locale"] = "en-US",
            ["app_permissions"] = "2147601408",
        };
        var user = User(userId);
        if (guild is not null)
        {
            interaction["guild_id"] = guild;
            interaction["guild_locale"] = "en-US";
            interaction["context"] = 0;
            interaction["member"] = new JsonObject
            {
                ["user"] = user,
                ["roles"] = new JsonArray(),
                ["permissions"] = "2147552256",
                ["joined_at"] = "2026-01-01T00:00:00.000000+00:00",
                ["deaf"] = false,
                ["mute"] = false,
                ["flags"] = 0,
            };
        }
        else
        {
            interaction["context"] = 1;
            interaction["user"] = user;
        }
        return interaction;
    }

    /// <summary>A MESSAGE_CREATE payload; <paramref name="mentionBot"/> puts the bot in <c>mentions</c> (write <c>&lt;@id&gt;</c> in the content yourself).</summary>
    public static JsonObject Message(FakeDiscordOptions server, string content, bool mentionBot = true, string authorId = DefaultUserId, bool authorIsBot = false, string? guildId = "", string channelId = DefaultChannelId)
    {
        var guild = guildId == "" ? server.GuildIds.FirstOrDefault() : guildId;
        var message = new JsonObject
        {
            ["id"] = NewSnowflake(),
            ["channel_id"] = channelId,
            ["type"] = 0,
            ["author"] = User(authorId, authorIsBot ? "otherbot" : DefaultUsername, authorIsBot),
            ["content"] = content,
            ["mentions"] = mentionBot ? new JsonArray(User(server.BotUserId, server.BotUsername, bot: true)) : new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["pinned"] = false,
        };
        if (guild is not null)
        {
            message["guild_id"] = guild;
            message["member"] = new JsonObject { ["roles"] = new JsonArray(), ["joined_at"] = "2026-01-01T00:00:00.000000+00:00", ["deaf"] = false, ["mute"] = false, ["flags"] = 0 };
        }
        return message;
    }
}
