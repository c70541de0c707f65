using System.Text.Json.Nodes;
using StoryBot.FakeDiscord;

namespace StoryBot.Tests.Discord.Settings;

/// <summary>
/// /config interactions as Discord sends them: the subcommand (inside the "set" group when it is one), the member's
/// permissions and roles, and the channels and roles Discord resolved for the pickers.
/// </summary>
internal static class ConfigPayloads
{
    /// <summary>Manage Server alone.</summary>
    public const string ManageServer = "32";
    /// <summary>What an ordinary member has: view, send, read history, use application commands. No Manage Server, no Administrator.</summary>
    public const string Member = "2147552256";

    public const string ModeratorId = "400000000000000100";
    public const string ModeratorName = "mod-maria";
    public const string MemberId = "400000000000000200";
    public const string OtherGuildId = "100000000000000999";

    public static JsonObject Show(FakeDiscordOptions server, string permissions = ManageServer, string userId = ModeratorId, string userName = ModeratorName, params string[] roles) =>
        Config(server, FakePayloads.Subcommand("show"), permissions, userId, userName, roles);

    public static JsonObject Log(FakeDiscordOptions server) => Config(server, FakePayloads.Subcommand("log"));

    public static JsonObject Reset(FakeDiscordOptions server, string setting) =>
        Config(server, FakePayloads.Subcommand("reset", FakePayloads.Option("setting", setting)));

    /// <summary><c>/config set {subcommand} {option}</c>.</summary>
    public static JsonObject Set(FakeDiscordOptions server, string subcommand, JsonObject option,
        string permissions = ManageServer, string userId = ModeratorId, string userName = ModeratorName, params string[] roles)
    {
        var group = new JsonObject
        {
            ["name"] = "set",
            ["type"] = 2,
            ["options"] = new JsonArray(FakePayloads.Subcommand(subcommand, option)),
        };
        return Config(server, group, permissions, userId, userName, roles);
    }

    /// <summary>The channel picker: Discord resolves the picked channel (pass <paramref name="resolvedGuildId"/> to forge one from elsewhere).</summary>
    public static JsonObject AddChannel(FakeDiscordOptions server, string channelId, bool resolved = true, string? resolvedGuildId = null,
        string userId = ModeratorId, string userName = ModeratorName)
    {
        var interaction = Set(server, "add-channel", FakePayloads.Option("channel", channelId, type: 7), userId: userId, userName: userName);
        if (resolved)
        {
            var channel = new JsonObject { ["id"] = channelId, ["name"] = "newsroom-" + channelId[^3..], ["type"] = 0, ["permissions"] = Member };
            if (resolvedGuildId is not null)
                channel["guild_id"] = resolvedGuildId;
            interaction["data"]!["resolved"] = new JsonObject { ["channels"] = new JsonObject { [channelId] = channel } };
        }
        return interaction;
    }

    /// <summary>The role picker for the moderator role.</summary>
    public static JsonObject ModeratorRole(FakeDiscordOptions server, string roleId, bool resolved = true, string? resolvedGuildId = null)
    {
        var interaction = Set(server, "moderator-role", FakePayloads.Option("role", roleId, type: 8));
        if (resolved)
        {
            var role = new JsonObject
            {
                ["id"] = roleId, ["name"] = "story-mods", ["color"] = 0, ["hoist"] = false, ["position"] = 1,
                ["permissions"] = Member, ["managed"] = false, ["mentionable"] = false, ["flags"] = 0,
            };
            if (resolvedGuildId is not null)
                role["guild_id"] = resolvedGuildId;
            interaction["data"]!["resolved"] = new JsonObject { ["roles"] = new JsonObject { [roleId] = role } };
        }
        return interaction;
    }

    /// <summary>A story command used by an ordinary member, in <paramref name="channelId"/>.</summary>
    public static JsonObject MemberCommand(FakeDiscordOptions server, string name, JsonObject option, string channelId = FakePayloads.DefaultChannelId,
        string userId = MemberId)
    {
        var interaction = FakePayloads.Interaction(server, type: 2, new JsonObject
        {
            ["id"] = FakePayloads.NewSnowflake(),
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(option),
        }, userId: userId, channelId: channelId);
        return interaction;
    }

    private static JsonObject Config(FakeDiscordOptions server, JsonObject subcommand,
        string permissions = ManageServer, string userId = ModeratorId, string userName = ModeratorName, params string[] roles)
    {
        var interaction = FakePayloads.Interaction(server, type: 2, new JsonObject
        {
            ["id"] = FakePayloads.NewSnowflake(),
            ["name"] = "config",
            ["type"] = 1,
            ["options"] = new JsonArray(subcommand),
        }, userId: userId);
        var member = interaction["member"]!;
        member["user"] = FakePayloads.User(userId, userName);
        member["permissions"] = permissions;
        member["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)r)]);
        return interaction;
    }
}
