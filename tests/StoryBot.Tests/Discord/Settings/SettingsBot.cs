using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using StoryBot.FakeDiscord;
using StoryBot.FakeDiscord.Rest;

namespace StoryBot.Tests.Discord.Settings;

/// <summary>
/// One settings database file in a temporary folder that several bots in a row can start on, so a test can stop the
/// host and start a new one to see that what moderators set is still set. Plus what such tests ask of an answer.
/// </summary>
internal sealed class SettingsBot : IDisposable
{
    public const string Question = "What does the open letter call for?";
    public const string SearchWords = "letter";

    private readonly string _folder = Directory.CreateTempSubdirectory("storybot-settings-e2e-").FullName;

    public string Database => Path.Combine(_folder, "storybot.db");

    public string Folder => _folder;

    /// <summary>
    /// A bot on this database. The story commands answer in milliseconds once warm, so the direct-answer window is
    /// widened to keep a busy machine from deferring them (a deferred answer is also accepted where it matters).
    /// </summary>
    public Task<BotHarness> StartAsync(params string[] settings) =>
        BotHarness.StartAsync(settings: ["--Discord:DeferAfterMilliseconds=2500", .. settings], settingsDatabase: Database);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A moderator's /config use: answered privately; returns the text.</summary>
    public static async Task<string> ModeratorAsync(BotHarness bot, JsonObject interaction)
    {
        var answer = await InteractionAnswer.GetAsync(bot.Discord, interaction);
        Assert.True(IsPrivate(answer), "a /config reply is for the moderator alone");
        InteractionWiringTests.AssertMentionsNobody(answer.Message);
        return Text(answer);
    }

    /// <summary>Shown to the person alone: the first callback (answer or "thinking…") carries the ephemeral flag.</summary>
    public static bool IsPrivate(InteractionAnswer answer) =>
        answer.Callback.Json!["data"]?["flags"] is { } flags && ((int)flags & 64) != 0;

    /// <summary>Everything a person reads in the message: content, embed titles, descriptions and fields.</summary>
    public static string Text(InteractionAnswer answer) => Text(answer.Message);

    public static string Text(JsonNode message)
    {
        var parts = new List<string?> { (string?)message["content"] };
        foreach (var embed in message["embeds"]?.AsArray() ?? [])
        {
            parts.Add((string?)embed!["title"]);
            parts.Add((string?)embed["description"]);
            foreach (var field in embed["fields"]?.AsArray() ?? [])
                parts.Add($"{(string?)field!["name"]}: {(string?)field["value"]}");
        }
        return string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    /// <summary>A story answer: an embed, not a refusal.</summary>
    public static JsonNode AssertAnswered(InteractionAnswer answer)
    {
        var embeds = answer.Message["embeds"]?.AsArray();
        Assert.True(embeds is { Count: > 0 }, $"expected an answer, got: {Text(answer)}");
        return embeds![0]!;
    }

    /// <summary>A refusal: private, plain text, no embed.</summary>
    public static string AssertRefused(InteractionAnswer answer)
    {
        Assert.True(IsPrivate(answer), $"a refusal is private: {Text(answer)}");
        Assert.True(answer.Message["embeds"] is null or JsonArray { Count: 0 }, $"expected a refusal, got: {Text(answer)}");
        return Text(answer);
    }

    /// <summary>The numbered passages in a /search or More passages embed ("1. …", "2. …").</summary>
    public static int NumberedPassages(JsonNode embed) =>
        embed["fields"]!.AsArray().Count(f => char.IsAsciiDigit(((string)f!["name"]!)[0]));

    public static IEnumerable<JsonNode> Buttons(JsonNode message) =>
        (message["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(b => b!);

    public static string MoreButton(JsonNode message) =>
        (string)Buttons(message).First(b => (string?)b["label"] == "More passages")["custom_id"]!;

    public static bool IsChannelMessage(RecordedRequest request) =>
        request.Method == "POST" && request.Template == "/channels/{channel_id}/messages";

    public static JsonObject Ask(FakeDiscordOptions server, string channelId = FakePayloads.DefaultChannelId, string userId = ConfigPayloads.MemberId) =>
        ConfigPayloads.MemberCommand(server, "ask", FakePayloads.Option("question", Question), channelId, userId);

    public static JsonObject Search(FakeDiscordOptions server, string channelId = FakePayloads.DefaultChannelId, string userId = ConfigPayloads.MemberId) =>
        ConfigPayloads.MemberCommand(server, "search", FakePayloads.Option("query", SearchWords), channelId, userId);
}
