using Microsoft.Data.Sqlite;
using static StoryBot.Tests.Discord.Settings.SettingsBot;

namespace StoryBot.Tests.Discord.Settings;

/// <summary>Several moderators adding answer channels at the same moment, through Discord: no change is lost.</summary>
public sealed class ConcurrentConfigEndToEndTests : IDisposable
{
    private readonly SettingsBot _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Channels_added_by_several_moderators_at_once_are_all_kept_with_one_audit_entry_each()
    {
        await using var bot = await _db.StartAsync();
        var options = bot.Discord.Options;
        var moderators = Enumerable.Range(1, 6)
            .Select(i => (UserId: $"40000000000000010{i}", Name: $"mod-{i}", Channel: $"30000000000000010{i}"))
            .ToList();

        var answers = await Task.WhenAll(moderators.Select(m => InteractionAnswer.GetAsync(bot.Discord,
            ConfigPayloads.AddChannel(options, m.Channel, userId: m.UserId, userName: m.Name))));

        Assert.All(answers, a => { Assert.True(IsPrivate(a)); Assert.Contains("→", Text(a)); });
        var shown = await ModeratorAsync(bot, ConfigPayloads.Show(options));
        Assert.All(moderators, m => Assert.Contains($"<#{m.Channel}>", shown));

        using var connection = new SqliteConnection($"Data Source={_db.Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, new_value FROM settings_audit WHERE setting = 'answer-channels' ORDER BY id";
        var audit = new List<(string User, string NewValue)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                audit.Add((reader.GetString(0), reader.GetString(1)));
        }
        Assert.Equal(moderators.Select(m => m.UserId).Order(), audit.Select(a => a.User).Order());
        // Each change was made on top of the one before: the lists grow by one channel at a time.
        Assert.Equal(Enumerable.Range(1, moderators.Count), audit.Select(a => a.NewValue.Split(',', StringSplitOptions.RemoveEmptyEntries).Length));
        Assert.Empty(bot.Discord.Violations);
    }
}
