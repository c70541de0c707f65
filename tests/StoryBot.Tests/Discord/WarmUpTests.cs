using StoryBot.FakeDiscord;

namespace StoryBot.Tests.Discord;

/// <summary>The bot does its slow first-time work before it connects, so the first person to ask is not kept waiting.</summary>
public sealed class WarmUpTests
{
    [Fact]
    public async Task The_story_is_loaded_and_the_settings_database_opened_before_the_bot_connects()
    {
        var folder = Directory.CreateTempSubdirectory("storybot-warm-").FullName;
        var database = Path.Combine(folder, "storybot.db");
        try
        {
            // The full window Discord allows before a defer, so a busy test machine cannot turn a quick answer into a deferred one.
            await using var bot = await BotHarness.StartAsync(settings: ["--Discord:DeferAfterMilliseconds=2500"], settingsDatabase: database);

            // Nobody has asked anything yet, and the settings file exists: it was opened (and created) at start-up.
            Assert.True(File.Exists(database));
            var warmed = bot.Logs.Lines.ToList().FindIndex(l => l.Message.StartsWith("Warmed up", StringComparison.Ordinal));
            Assert.True(warmed >= 0, bot.Logs.ToString());
            Assert.DoesNotContain(bot.Logs.Lines, l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);

            var first = await bot.Discord.InjectInteractionAndWaitForCallbackAsync(
                FakePayloads.SlashCommand(bot.Discord.Options, "ask", FakePayloads.Option("question", "What does the open letter call for?")));
            Assert.Equal(4, (int)first.Json!["type"]!);
            Assert.NotEmpty(first.Json!["data"]!["embeds"]!.AsArray());
            Assert.Empty(bot.Discord.Violations);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
