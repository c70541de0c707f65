using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Gateway;
using StoryBot.Discord.Tests.Support;
using StoryBot.FakeDiscord;

namespace StoryBot.Discord.Tests.Gateway;

public sealed class GatewaySessionTests
{
    [Fact]
    public async Task Connects_identifies_with_the_bot_intents_and_reports_ready()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var ready = await harness.ConnectAsync();

        Assert.Equal(harness.Server.SessionId, ready.Ready.SessionId);
        Assert.Equal(harness.Server.ResumeGatewayUrl, ready.Ready.ResumeGatewayUrl);
        Assert.Equal(harness.Server.Options.ApplicationId, ready.Ready.Application.Id);
        Assert.True(ready.Ready.User.Bot);
        var identify = await harness.Server.WaitForIdentifyAsync();
        Assert.Equal(4609, identify.D!["intents"]!.GetValue<int>());
        Assert.Equal(harness.Server.Token, identify.D["token"]!.GetValue<string>());
        Assert.Equal([0, 1], identify.D["shard"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.Equal("gateway", identify.Endpoint);
        Assert.Contains(harness.Server.Requests.Snapshot(), r => r.Method == "GET" && r.Path == "/gateway/bot");
        Assert.Empty(harness.Server.Violations);
    }

    [Fact]
    public async Task Delivers_interactions_and_messages_as_typed_events()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.ConnectAsync();
        var options = harness.Server.Options;

        var command = FakePayloads.SlashCommand(options, "ask", FakePayloads.Option("question", "who signed the letter?"));
        await harness.Server.InjectInteractionAsync(command);
        var interaction = (await harness.NextEventAsync<InteractionCreateEvent>()).Interaction;
        await harness.Server.InjectMessageAsync(FakePayloads.Message(options, $"<@{options.BotUserId}> hello"));
        var message = (await harness.NextEventAsync<MessageCreateEvent>()).Message;

        Assert.Equal(command["id"]!.GetValue<string>(), interaction.Id);
        Assert.Equal(harness.Server.Options.GuildIds[0], interaction.GuildId);
        Assert.Equal("2147552256", interaction.Member!.Permissions);
        Assert.Equal("ask", interaction.Data!.Name);
        Assert.Equal("who signed the letter?", interaction.Data.Options![0].ValueAsString());
        Assert.Equal(FakePayloads.DefaultUserId, interaction.Invoker!.Id);
        Assert.True(message.MentionsUser(options.BotUserId));
        Assert.False(message.IsFromBot);
        Assert.Equal(FakePayloads.DefaultChannelId, message.ChannelId);
    }

    [Fact]
    public async Task Reassembles_payloads_that_arrive_in_many_frames()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.ConnectAsync();
        var text = string.Concat(Enumerable.Repeat("a long question about the letter, ", 80));

        await harness.Server.InjectMessageAsync(FakePayloads.Message(harness.Server.Options, text));
        var message = (await harness.NextEventAsync<MessageCreateEvent>()).Message;

        Assert.True(text.Length > 4 * 512, "the payload must span several 512-byte frames");
        Assert.Equal(text, message.Content);
    }

    [Fact]
    public async Task Heartbeats_carry_the_last_sequence_number_and_keep_the_connection_alive()
    {
        await using var harness = await DiscordHarness.StartAsync(DiscordHarness.DefaultFake with { HeartbeatIntervalMs = 150_000 });
        await harness.ConnectAsync();

        var sequence = await harness.Server.InjectMessageAsync(FakePayloads.Message(harness.Server.Options, "hi"));
        await harness.NextEventAsync<MessageCreateEvent>();
        var beat = await harness.Server.WaitForFrameAsync(f => f.Op == 1 && f.D is JsonValue v && v.GetValue<int>() == sequence, $"a heartbeat with sequence {sequence}");

        Assert.Equal(1, beat.ConnectionNumber);
        Assert.Single(harness.Server.GatewayConnections.Snapshot());
        var beats = harness.Server.GatewayFrames.Snapshot().Where(f => f.Op == 1).Select(f => f.D?.GetValue<int>() ?? 0).ToList();
        Assert.True(beats.SequenceEqual(beats.Order()), $"heartbeat sequence numbers must never go back: {string.Join(",", beats)}");
    }

    [Fact]
    public async Task A_heartbeat_requested_by_the_server_is_sent_at_once()
    {
        // Real time and a one-hour interval: the only heartbeat that can arrive during the test is the requested one.
        await using var harness = await DiscordHarness.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 3_600_000 }, speedup: 1, heartbeatJitter: 1);
        await harness.ConnectAsync();

        await harness.Server.RequestHeartbeatAsync();
        var beat = await harness.Server.WaitForFrameAsync(f => f.Op == 1, "the requested heartbeat");

        Assert.Equal(harness.Server.SessionSequence, beat.D!.GetValue<int>());
    }

    [Fact]
    public async Task Reconnect_request_resumes_the_session_on_the_resume_url_with_the_last_sequence()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var ready = await harness.ConnectAsync();
        await harness.Server.InjectMessageAsync(FakePayloads.Message(harness.Server.Options, "before"));
        await harness.NextEventAsync<MessageCreateEvent>();
        var sequence = harness.Server.SessionSequence;

        await harness.Server.SendReconnectAsync();
        var resume = await harness.Server.WaitForFrameAsync(f => f.Op == 6, "a Resume");
        await harness.NextEventAsync<ResumedEvent>();

        Assert.Equal("resume", resume.Endpoint);
        Assert.Equal(2, resume.ConnectionNumber);
        Assert.Equal(ready.Ready.SessionId, resume.D!["session_id"]!.GetValue<string>());
        Assert.Equal(sequence, resume.D["seq"]!.GetValue<int>());
        Assert.Equal(harness.Server.Token, resume.D["token"]!.GetValue<string>());
        Assert.Single(harness.Server.GatewayFrames.Snapshot(), f => f.Op == 2);
        Assert.Empty(harness.Server.Violations);
    }

    [Fact]
    public async Task A_dropped_connection_resumes_and_replays_the_events_missed_meanwhile()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var ready = await harness.ConnectAsync();
        var sequence = harness.Server.SessionSequence;

        harness.Server.DropConnection();
        var missed = FakePayloads.Message(harness.Server.Options, "sent while the bot was away");
        await harness.Server.InjectMessageAsync(missed);
        var resume = await harness.Server.WaitForFrameAsync(f => f.Op == 6, "a Resume");
        var replayed = await harness.NextEventAsync<MessageCreateEvent>();

        Assert.Equal(ready.Ready.SessionId, resume.D!["session_id"]!.GetValue<string>());
        Assert.Equal(sequence, resume.D["seq"]!.GetValue<int>());
        Assert.Equal("resume", resume.Endpoint);
        Assert.Equal(missed["id"]!.GetValue<string>(), replayed.Message.Id);
    }

    [Fact]
    public async Task A_zombie_connection_without_heartbeat_acks_is_abandoned_and_resumed()
    {
        await using var harness = await DiscordHarness.StartAsync(DiscordHarness.DefaultFake with { HeartbeatIntervalMs = 45_000 });
        var ready = await harness.ConnectAsync();
        harness.Server.AcknowledgeHeartbeats = false;

        var second = await harness.Server.GatewayConnections.WaitForAsync(c => c.Number == 2, DiscordHarness.Timeout, "a second connection");
        harness.Server.AcknowledgeHeartbeats = true;
        var resume = await harness.Server.WaitForFrameAsync(f => f.Op == 6, "a Resume");
        await harness.NextEventAsync<ResumedEvent>();

        var first = harness.Server.GatewayConnections.Snapshot()[0];
        Assert.True(first.Closed.IsCompleted, "the client should have dropped the zombie connection");
        Assert.Equal("resume", second.Endpoint);
        Assert.Equal(ready.Ready.SessionId, resume.D!["session_id"]!.GetValue<string>());
        Assert.Contains(harness.Server.GatewayFrames.Snapshot(), f => f.ConnectionNumber == 1 && f.Op == 1);
    }

    [Fact]
    public async Task Invalid_session_that_may_be_resumed_is_resumed()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var ready = await harness.ConnectAsync();

        await harness.Server.SendInvalidSessionAsync(resumable: true);
        var resume = await harness.Server.WaitForFrameAsync(f => f.Op == 6, "a Resume");
        await harness.NextEventAsync<ResumedEvent>();

        Assert.Equal(ready.Ready.SessionId, resume.D!["session_id"]!.GetValue<string>());
        Assert.Single(harness.Server.GatewayFrames.Snapshot(), f => f.Op == 2);
    }

    [Fact]
    public async Task Invalid_session_that_may_not_be_resumed_starts_a_new_session_on_the_gateway_url()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var first = await harness.ConnectAsync();

        await harness.Server.SendInvalidSessionAsync(resumable: false);
        var second = await harness.NextEventAsync<ReadyEvent>();

        var identifies = harness.Server.GatewayFrames.Snapshot().Where(f => f.Op == 2).ToList();
        Assert.Equal(2, identifies.Count);
        Assert.Equal("gateway", identifies[1].Endpoint);
        Assert.DoesNotContain(harness.Server.GatewayFrames.Snapshot(), f => f.Op == 6);
        Assert.NotEqual(first.Ready.SessionId, second.Ready.SessionId);
        Assert.Contains(harness.Time.RequestedDelays, d => d >= TimeSpan.FromSeconds(1) && d <= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Close_code_4000_resumes()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var ready = await harness.ConnectAsync();

        await harness.Server.CloseConnectionAsync(4000, "Unknown error");
        var resume = await harness.Server.WaitForFrameAsync(f => f.Op == 6, "a Resume");
        await harness.NextEventAsync<ResumedEvent>();

        Assert.Equal(ready.Ready.SessionId, resume.D!["session_id"]!.GetValue<string>());
        Assert.Equal("resume", resume.Endpoint);
    }

    [Fact]
    public async Task Close_code_4009_session_timed_out_identifies_afresh()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var first = await harness.ConnectAsync();

        await harness.Server.CloseConnectionAsync(4009, "Session timed out");
        var second = await harness.NextEventAsync<ReadyEvent>();

        Assert.NotEqual(first.Ready.SessionId, second.Ready.SessionId);
        Assert.DoesNotContain(harness.Server.GatewayFrames.Snapshot(), f => f.Op == 6);
    }

    [Fact]
    public async Task A_rejected_token_stops_with_a_clear_fatal_error_and_no_reconnect()
    {
        await using var harness = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Discord:Token"] = "wrong-token",
        });
        // Skip GET /gateway/bot (which would answer 401) so the gateway itself rejects the Identify.
        harness.Services.GetRequiredService<IOptions<DiscordOptions>>().Value.GatewayUrl = harness.Server.GatewayUrl;

        harness.StartGateway();
        var error = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.GatewayRun!.WaitAsync(DiscordHarness.Timeout));

        Assert.Equal(4004, error.CloseCode);
        Assert.Contains("4004", error.Message);
        Assert.Contains("token", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Single(harness.Server.GatewayConnections.Snapshot());
        await Assert.ThrowsAsync<DiscordFatalException>(() => harness.Gateway.Events.Completion);
    }

    [Fact]
    public async Task Keeps_asking_for_the_gateway_url_while_discord_is_down_then_connects()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Server.FailNext("/gateway/bot", count: 6, status: 503);

        await harness.ConnectAsync();

        var lookups = harness.Server.Requests.Snapshot().Where(r => r.Path == "/gateway/bot").Select(r => r.Status).ToList();
        Assert.Equal([503, 503, 503, 503, 503, 503, 200], lookups);
        Assert.Single(harness.Server.GatewayConnections.Snapshot());
    }

    [Fact]
    public async Task A_token_refused_by_rest_is_fatal_before_connecting()
    {
        await using var harness = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:Token"] = "wrong-token" });

        harness.StartGateway();
        var error = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.GatewayRun!.WaitAsync(DiscordHarness.Timeout));

        Assert.Contains("token", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(harness.Server.GatewayConnections.Snapshot());
        Assert.Single(harness.Server.Requests.Snapshot());
    }

    [Fact]
    public async Task Stopping_closes_the_connection_and_ends_the_event_stream()
    {
        var harness = await DiscordHarness.StartAsync();
        try
        {
            await harness.ConnectAsync();
            var connection = harness.Server.GatewayConnections.Snapshot()[0];

            await harness.StopGatewayAsync();

            await connection.Closed.WaitAsync(DiscordHarness.Timeout);
            await harness.Gateway.Events.Completion.WaitAsync(DiscordHarness.Timeout);
            Assert.Single(harness.Server.GatewayConnections.Snapshot());
        }
        finally
        {
            await harness.DisposeAsync();
        }
    }
}
