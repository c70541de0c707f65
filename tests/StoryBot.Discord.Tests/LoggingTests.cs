using StoryBot.Discord.Models;
using StoryBot.Discord.Rest;
using StoryBot.Discord.Tests.Support;
using StoryBot.FakeDiscord;

namespace StoryBot.Discord.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task The_token_never_appears_in_logs_through_connect_resume_rate_limits_and_errors()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.ConnectAsync();
        await harness.Server.SendReconnectAsync();
        await harness.NextEventAsync<StoryBot.Discord.Gateway.ResumedEvent>();
        harness.Server.RateLimitNext("/channels/", retryAfterSeconds: 1);
        harness.Server.FailNext("/channels/", count: 1, status: 500);
        await harness.Rest.CreateMessageAsync(FakePayloads.DefaultChannelId, new MessageCreate { Content = "hi", AllowedMentions = AllowedMentions.None });
        await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Rest.CreateMessageAsync(FakePayloads.DefaultChannelId, new MessageCreate { Content = new string('x', 2001), AllowedMentions = AllowedMentions.None }));

        var lines = harness.Logs.Lines.ToArray();
        Assert.NotEmpty(lines);
        Assert.Contains(lines, l => l.Contains("rate-limited", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("/channels/{channel_id}/messages", StringComparison.Ordinal) && l.Contains("400", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(harness.Server.Token, StringComparison.Ordinal));
    }
}
