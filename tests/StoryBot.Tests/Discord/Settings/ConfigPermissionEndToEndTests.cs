using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using StoryBot.FakeDiscord;
using static StoryBot.Tests.Discord.Settings.SettingsBot;

namespace StoryBot.Tests.Discord.Settings;

/// <summary>
/// /config is checked on the bot's side for every use, whatever Discord showed: members without Manage Server or the
/// moderator role, direct messages, and option values that name something Discord did not resolve for this server
/// are refused privately, and neither /config show nor the database changes.
/// </summary>
public sealed class ConfigPermissionEndToEndTests : IDisposable
{
    private readonly SettingsBot _db = new();

    public void Dispose() => _db.Dispose();

    public static TheoryData<string> Forgeries => ["member", "member with another role", "channel not resolved", "channel from another server",
        "role not resolved", "role from another server", "everyone role"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_refused_config_change_is_private_and_changes_nothing(string forgery)
    {
        await using var bot = await _db.StartAsync();
        var options = bot.Discord.Options;
        var shownBefore = await ModeratorAsync(bot, ConfigPayloads.Show(options));
        var channel = "300000000000000055";
        var role = "600000000000000055";
        var interaction = forgery switch
        {
            "member" => ConfigPayloads.Set(options, "cooldown", FakePayloads.Option("seconds", 60, type: 4),
                permissions: ConfigPayloads.Member, userId: ConfigPayloads.MemberId),
            "member with another role" => ConfigPayloads.Set(options, "cooldown", FakePayloads.Option("seconds", 60, type: 4),
                permissions: ConfigPayloads.Member, userId: ConfigPayloads.MemberId, roles: "600000000000000777"),
            "channel not resolved" => ConfigPayloads.AddChannel(options, channel, resolved: false),
            "channel from another server" => ConfigPayloads.AddChannel(options, channel, resolvedGuildId: ConfigPayloads.OtherGuildId),
            "role not resolved" => ConfigPayloads.ModeratorRole(options, role, resolved: false),
            "role from another server" => ConfigPayloads.ModeratorRole(options, role, resolvedGuildId: ConfigPayloads.OtherGuildId),
            "everyone role" => ConfigPayloads.ModeratorRole(options, options.GuildIds[0]),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };

        var refusal = await InteractionAnswer.GetAsync(bot.Discord, interaction);

        var text = AssertRefused(refusal);
        Assert.True(text.Contains("Nothing was changed", StringComparison.Ordinal) || text.Contains("Only members with the Manage Server permission", StringComparison.Ordinal), text);
        Assert.Equal(shownBefore, await ModeratorAsync(bot, ConfigPayloads.Show(options)));
        Assert.Contains("No settings changes yet", await ModeratorAsync(bot, ConfigPayloads.Log(options)));
        Assert.Equal(0, CountRows(_db.Database));
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task Config_in_a_direct_message_is_refused()
    {
        await using var bot = await _db.StartAsync();
        var options = bot.Discord.Options;
        var interaction = ConfigPayloads.Set(options, "cooldown", FakePayloads.Option("seconds", 60, type: 4));
        // A DM: no guild, a user instead of a member (with no permissions to claim).
        interaction.Remove("guild_id");
        interaction.Remove("guild_locale");
        interaction.Remove("member");
        interaction["context"] = 1;
        interaction["user"] = FakePayloads.User(ConfigPayloads.ModeratorId, ConfigPayloads.ModeratorName);

        var refusal = await InteractionAnswer.GetAsync(bot.Discord, interaction);

        Assert.Contains("only inside a server", AssertRefused(refusal));
        Assert.Contains("Cooldown: none", await ModeratorAsync(bot, ConfigPayloads.Show(options)));
        Assert.Equal(0, CountRows(_db.Database));
        Assert.Empty(bot.Discord.Violations);
    }

    /// <summary>Settings and audit rows in the file, read by a connection of the test's own.</summary>
    internal static long CountRows(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM settings_audit) + (SELECT COUNT(*) FROM guild_settings)";
        return (long)command.ExecuteScalar()!;
    }
}
