using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using StoryBot.FakeDiscord;
using static StoryBot.Tests.Discord.Settings.SettingsBot;

namespace StoryBot.Tests.Discord.Settings;

/// <summary>
/// A settings file the bot cannot use — locked by another program, or not a database at all — through Discord: members
/// are still answered (with default settings), moderators are told settings are unavailable, the problem is logged
/// once, and the file is left byte for byte as it was.
/// </summary>
public sealed class SettingsDatabaseEndToEndTests : IDisposable
{
    private readonly SettingsBot _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_locked_file_gives_default_answers_an_unavailable_notice_one_log_line_and_no_writes()
    {
        // A real settings file with a setting in it…
        await using (var bot = await _db.StartAsync())
            await ModeratorAsync(bot, ConfigPayloads.Set(bot.Discord.Options, "visibility", FakePayloads.Option("mode", "ephemeral")));
        // …then held by another program that lets no one else even read (as a backup tool or sqlite3 shell might).
        using var locker = new SqliteConnection($"Data Source={_db.Database};Pooling=False");
        locker.Open();
        using (var rollbackJournal = locker.CreateCommand())
        {
            rollbackJournal.CommandText = "PRAGMA journal_mode = DELETE";
            rollbackJournal.ExecuteNonQuery();
        }
        var before = await File.ReadAllBytesAsync(_db.Database);
        using (var exclusive = locker.CreateCommand())
        {
            exclusive.CommandText = "BEGIN EXCLUSIVE";
            exclusive.ExecuteNonQuery();
        }

        await using (var bot = await _db.StartAsync("--Settings:BusyTimeoutSeconds=1"))
        {
            await AssertDefaultsAndUnavailable(bot);
            Assert.Equal(before, await File.ReadAllBytesAsync(_db.Database));
        }
    }

    [Fact]
    public async Task A_corrupt_file_gives_default_answers_an_unavailable_notice_one_log_line_and_no_writes()
    {
        var garbage = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("not a settings database, just bytes. ", 300)));
        await File.WriteAllBytesAsync(_db.Database, garbage);

        await using (var bot = await _db.StartAsync())
            await AssertDefaultsAndUnavailable(bot);

        Assert.Equal(garbage, await File.ReadAllBytesAsync(_db.Database));
        Assert.Equal(["storybot.db"], Directory.GetFiles(_db.Folder).Select(Path.GetFileName));
    }

    private static async Task AssertDefaultsAndUnavailable(BotHarness bot)
    {
        var options = bot.Discord.Options;
        for (var i = 0; i < 2; i++)
        {
            var answer = await InteractionAnswer.GetAsync(bot.Discord, Ask(options));
            AssertAnswered(answer);
            Assert.False(IsPrivate(answer), "default visibility is public");
        }
        Assert.Contains("Settings are unavailable", await ModeratorAsync(bot, ConfigPayloads.Show(options)));
        Assert.Contains("Settings are unavailable", await ModeratorAsync(bot, ConfigPayloads.Set(options, "cooldown", FakePayloads.Option("seconds", 60, type: 4))));
        Assert.Contains("Settings are unavailable", await ModeratorAsync(bot, ConfigPayloads.Log(options)));
        // Still answered after the refused change: nothing was half-applied.
        AssertAnswered(await InteractionAnswer.GetAsync(bot.Discord, Ask(options)));

        var problems = bot.Logs.Lines.Where(l => l.Level >= LogLevel.Warning && l.Category.EndsWith("SqliteSettingsStore", StringComparison.Ordinal)).ToList();
        var problem = Assert.Single(problems);
        Assert.Contains("unavailable", problem.Message);
        Assert.Empty(bot.Discord.Violations);
    }
}
