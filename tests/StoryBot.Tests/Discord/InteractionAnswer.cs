using System.Text.Json.Nodes;
using StoryBot.FakeDiscord;
using StoryBot.FakeDiscord.Rest;

namespace StoryBot.Tests.Discord;

/// <summary>
/// What the user ends up seeing for an interaction, however the bot delivered it: at once (callback 4 or 7), or
/// deferred (5 or 6) and then filled in by editing the original or, for a private note after a button, a follow-up.
/// </summary>
internal sealed record InteractionAnswer(RecordedRequest Callback, JsonNode Message, bool ReplacesButtonMessage)
{
    public bool Ephemeral => Message["flags"] is { } flags && ((int)flags & 64) != 0;

    public static async Task<InteractionAnswer> GetAsync(FakeDiscordServer discord, JsonObject interaction)
    {
        var token = (string)interaction["token"]!;
        var webhook = $"/webhooks/{discord.Options.ApplicationId}/{token}";
        var followUp = discord.WaitForRequestAsync(r => r.Path.StartsWith(webhook, StringComparison.Ordinal), "the deferred answer", BotHarness.Timeout);
        var callback = await discord.InjectInteractionAndWaitForCallbackAsync(interaction);
        Assert.Equal(204, callback.Status);
        var type = (int)callback.Json!["type"]!;
        if (type is 4 or 7)
            return new InteractionAnswer(callback, callback.Json!["data"]!, type == 7);
        Assert.Contains(type, new[] { 5, 6 });
        var delivered = await followUp;
        Assert.Equal(200, delivered.Status);
        return new InteractionAnswer(callback, delivered.Json!, type == 6 && delivered.Method == "PATCH");
    }
}
