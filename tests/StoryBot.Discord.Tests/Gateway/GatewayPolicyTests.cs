using StoryBot.Discord.Gateway;
using StoryBot.Discord.Tests.Support;

namespace StoryBot.Discord.Tests.Gateway;

public sealed class GatewayPolicyTests
{
    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public void Authentication_shard_version_and_intent_errors_are_fatal(int code) =>
        Assert.Equal(CloseAction.Fatal, CloseCodes.ActionFor(code));

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    [InlineData(1000)]
    public void Codes_that_end_the_session_start_a_new_one(int code) =>
        Assert.Equal(CloseAction.Reidentify, CloseCodes.ActionFor(code));

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(null)]
    public void Other_closes_and_plain_drops_resume(int? code) =>
        Assert.Equal(CloseAction.Resume, CloseCodes.ActionFor(code));

    [Fact]
    public void Backoff_doubles_from_one_second_and_stops_at_sixty()
    {
        var highest = new ReconnectPolicy(() => 0.999999);
        var lowest = new ReconnectPolicy(() => 0);

        Assert.Equal(1, highest.DelayAfter(0).TotalSeconds, precision: 3);
        Assert.Equal(2, highest.DelayAfter(1).TotalSeconds, precision: 3);
        Assert.Equal(32, highest.DelayAfter(5).TotalSeconds, precision: 3);
        Assert.Equal(60, highest.DelayAfter(6).TotalSeconds, precision: 3);
        Assert.Equal(60, highest.DelayAfter(100).TotalSeconds, precision: 3);
        Assert.Equal(0.5, lowest.DelayAfter(0).TotalSeconds, precision: 3);
        Assert.Equal(30, lowest.DelayAfter(100).TotalSeconds, precision: 3);
    }

    [Fact]
    public void Reidentify_waits_between_one_and_five_seconds()
    {
        Assert.Equal(1, new ReconnectPolicy(() => 0).DelayBeforeReidentify().TotalSeconds, precision: 3);
        Assert.Equal(5, new ReconnectPolicy(() => 0.999999).DelayBeforeReidentify().TotalSeconds, precision: 3);
    }

    [Fact]
    public async Task A_second_identify_in_the_same_slot_waits_out_the_five_second_window()
    {
        var time = new ScaledTimeProvider(100);
        var limiter = new IdentifyLimiter(time);

        var start = time.GetUtcNow();
        await limiter.WaitTurnAsync(shardId: 0, maxConcurrency: 1, CancellationToken.None);
        await limiter.WaitTurnAsync(shardId: 0, maxConcurrency: 1, CancellationToken.None);
        var elapsed = time.GetUtcNow() - start;

        Assert.True(elapsed >= TimeSpan.FromSeconds(4.99), $"two identifies {elapsed.TotalSeconds:0.00} s apart");
    }

    [Fact]
    public async Task Shards_in_different_concurrency_slots_identify_together()
    {
        var time = new ScaledTimeProvider(1000);
        var limiter = new IdentifyLimiter(time);

        await limiter.WaitTurnAsync(shardId: 0, maxConcurrency: 2, CancellationToken.None);
        await limiter.WaitTurnAsync(shardId: 1, maxConcurrency: 2, CancellationToken.None);

        Assert.Empty(time.RequestedDelays);
    }
}
