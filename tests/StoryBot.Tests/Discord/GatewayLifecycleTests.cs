using Microsoft.Extensions.Logging;
using StoryBot.Discord;

namespace StoryBot.Tests.Discord;

/// <summary>Starting, stopping, and being refused by Discord, through the real host.</summary>
public sealed class GatewayLifecycleTests
{
    [Fact]
    public async Task A_rejected_token_stops_the_host_with_a_clear_message_and_a_failing_exit_code()
    {
        const string wrongToken = "not-the-right-token";
        await using var bot = await BotHarness.StartAsync(WiringCommands.Replace, token: wrongToken, connectStraightToGateway: true, waitForCommands: false);

        await bot.WaitForStopAsync();

        Assert.Equal(DiscordBotService.FatalExitCode, bot.ExitCode.Value);
        var stopping = Assert.Single(bot.Logs.Lines, l => l.Level == LogLevel.Critical && l.Category == typeof(DiscordBotService).FullName);
        Assert.Contains("4004", stopping.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:Token", stopping.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongToken, bot.Logs.ToString(), StringComparison.Ordinal);
        // No retry loop: one connection, refused, and that was that.
        Assert.Single(bot.Discord.GatewayConnections.Snapshot());
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task Stopping_the_host_closes_the_gateway_and_exits_cleanly()
    {
        var bot = await BotHarness.StartAsync(WiringCommands.Replace);
        var connection = await bot.Discord.GatewayConnections.WaitForAsync(_ => true, BotHarness.Timeout, "a gateway connection");

        await bot.DisposeAsync();

        await connection.Closed.WaitAsync(BotHarness.Timeout);
        Assert.Equal(0, bot.ExitCode.Value);
        Assert.True(bot.Running.IsCompletedSuccessfully);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Level >= LogLevel.Error);
        Assert.Empty(bot.Discord.Violations);
    }
}
