using System.Text.Json.Nodes;
using StoryBot.Discord.Models;
using StoryBot.Discord.Rest;
using StoryBot.Discord.Tests.Support;
using StoryBot.FakeDiscord;

namespace StoryBot.Discord.Tests.Rest;

public sealed class RestClientTests
{
    private const string ChannelId = FakePayloads.DefaultChannelId;

    private static MessageCreate Reply(string content) => new()
    {
        Content = content,
        MessageReference = new MessageReference { MessageId = "900000000000000001", FailIfNotExists = false },
    };

    [Fact]
    public async Task Sends_bot_authorization_the_discord_user_agent_and_json_the_spec_accepts()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var sent = await harness.Rest.CreateMessageAsync(ChannelId, Reply("@everyone hello"));

        var request = Assert.Single(harness.Server.Requests.Snapshot());
        Assert.Equal("Bot " + harness.Server.Token, request.Header("Authorization"));
        Assert.Equal("DiscordBot (https://github.com/storybot/storybot, 1.0)", request.Header("User-Agent"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.Equal("/channels/{channel_id}/messages", request.Template);
        var body = request.Json!.AsObject();
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.False(body["allowed_mentions"]!["replied_user"]!.GetValue<bool>());
        Assert.False(body.ContainsKey("embeds"), "null fields are left out");
        Assert.Equal("@everyone hello", sent.Content);
        Assert.Equal(ChannelId, sent.ChannelId);
        Assert.Empty(harness.Server.Violations);
    }

    [Fact]
    public async Task The_fake_reports_a_message_that_could_ping_people()
    {
        await using var harness = await DiscordHarness.StartAsync();

        await harness.Rest.CreateMessageAsync(ChannelId, new MessageCreate { Content = "@everyone", AllowedMentions = null });

        var violation = Assert.Single(harness.Server.Violations);
        Assert.Equal("mentions", violation.Kind);
    }

    [Fact]
    public async Task A_rate_limited_route_is_retried_after_retry_after()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Server.RateLimitNext("/channels/", retryAfterSeconds: 3.5);

        await harness.Rest.CreateMessageAsync(ChannelId, Reply("hello"));

        var requests = harness.Server.Requests.Snapshot();
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        var waited = harness.Time.ToClientTime(requests[1].ReceivedAt - requests[0].ReceivedAt);
        Assert.True(waited >= TimeSpan.FromSeconds(3.4), $"retried after {waited.TotalSeconds:0.00} s of client time; Discord asked for 3.5 s");
        Assert.Empty(harness.Server.Violations);
    }

    [Fact]
    public async Task A_global_rate_limit_holds_back_other_routes_too()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Server.RateLimitNext("/gateway/bot", retryAfterSeconds: 4, global: true);

        var first = harness.Rest.GetGatewayBotAsync();
        await harness.WaitForLogAsync("rate-limited");
        var other = harness.Rest.CreateMessageAsync(ChannelId, Reply("held back"));
        await Task.WhenAll(first, other);

        var requests = harness.Server.Requests.Snapshot();
        Assert.Equal(429, requests[0].Status);
        var message = Assert.Single(requests, r => r.Template == "/channels/{channel_id}/messages");
        var pause = harness.Time.ToClientTime(message.ReceivedAt - requests[0].ReceivedAt);
        Assert.True(pause >= TimeSpan.FromSeconds(3.9), $"another route was sent {pause.TotalSeconds:0.00} s of client time after a global 429 asking for 4 s");
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_until_success()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Server.FailNext("/channels/", count: 2, status: 502);

        var sent = await harness.Rest.CreateMessageAsync(ChannelId, Reply("eventually"));

        Assert.Equal([502, 502, 200], harness.Server.Requests.Snapshot().Select(r => r.Status));
        Assert.Equal("eventually", sent.Content);
        Assert.Contains(harness.Time.RequestedDelays, d => d == TimeSpan.FromMilliseconds(500));
        Assert.Contains(harness.Time.RequestedDelays, d => d == TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Server_errors_give_up_after_the_retry_budget()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Server.FailNext("/channels/", count: 10, status: 500);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Rest.CreateMessageAsync(ChannelId, Reply("never")));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal("POST /channels/{channel_id}/messages", error.Route);
        Assert.Equal(4, harness.Server.Requests.Snapshot().Count);
    }

    [Fact]
    public async Task A_bad_request_is_not_retried_and_reports_discords_error()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Rest.CreateMessageAsync(ChannelId, Reply(new string('x', 2001))));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(50035, error.DiscordCode);
        Assert.Equal("POST /channels/{channel_id}/messages", error.Route);
        Assert.Single(harness.Server.Requests.Snapshot());
        Assert.Contains(harness.Server.Violations, v => v.Kind == "limits" && v.Detail.Contains("2000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Registers_commands_globally_and_per_guild_with_permissions_as_a_string()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var app = harness.Server.Options.ApplicationId;
        var guild = harness.Server.Options.GuildIds[0];
        ApplicationCommand[] commands =
        [
            new()
            {
                Name = "ask",
                Description = "Ask about the story",
                Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm],
                IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
                Options =
                [
                    new() { Type = ApplicationCommandOptionType.String, Name = "question", Description = "Your question", Required = true, Autocomplete = true, MaxLength = 300 },
                ],
            },
            new()
            {
                Name = "settings",
                Description = "Server settings",
                DefaultMemberPermissions = "32",
                Contexts = [InteractionContextType.Guild],
                Options =
                [
                    new()
                    {
                        Type = ApplicationCommandOptionType.SubCommand, Name = "show", Description = "Show the settings",
                    },
                    new()
                    {
                        Type = ApplicationCommandOptionType.SubCommand, Name = "language", Description = "Set the language",
                        Options = [new() { Type = ApplicationCommandOptionType.String, Name = "code", Description = "Language", Required = true,
                            Choices = [ApplicationCommandOptionChoice.Of("English", "en"), ApplicationCommandOptionChoice.Of("French", "fr")] }],
                    },
                ],
            },
        ];

        var global = await harness.Rest.BulkOverwriteGlobalCommandsAsync(app, commands);
        var guildScoped = await harness.Rest.BulkOverwriteGuildCommandsAsync(app, guild, commands);

        Assert.Empty(harness.Server.Violations);
        Assert.All(global, c => Assert.False(string.IsNullOrEmpty(c.Id)));
        Assert.Equal(["ask", "settings"], guildScoped.Select(c => c.Name));
        Assert.Equal(guild, guildScoped[0].GuildId);
        var sent = harness.Server.GlobalCommands!;
        Assert.Equal("32", sent[1]!["default_member_permissions"]!.GetValue<string>());
        Assert.Equal("en", sent[1]!["options"]![1]!["options"]![0]!["choices"]![0]!["value"]!.GetValue<string>());
        Assert.NotNull(harness.Server.GuildCommands(guild));
    }

    [Fact]
    public async Task Answers_interactions_by_defer_then_edit_then_follow_up_and_autocomplete()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.ConnectAsync();
        var options = harness.Server.Options;

        await harness.Server.InjectInteractionAsync(FakePayloads.SlashCommand(options, "ask", FakePayloads.Option("question", "who?")));
        var command = (await harness.NextEventAsync<StoryBot.Discord.Gateway.InteractionCreateEvent>()).Interaction;
        await harness.Rest.CreateInteractionResponseAsync(command.Id, command.Token, InteractionResponse.Defer());
        var answer = new WebhookMessage
        {
            Content = "An answer",
            AllowedMentions = AllowedMentions.None,
            Embeds = [new Embed { Title = "Answer", Description = "**bold** passage", Url = "https://example.com/story", Color = 0x2B6CB0,
                Fields = [new EmbedField("Source", "Example, 29 March 2023")], Footer = new EmbedFooter("Page 1 of 3"), Timestamp = DateTimeOffset.UnixEpoch }],
            Components = [MessageComponent.ActionRow(MessageComponent.Button("More passages", "more:1:400000000000000001"), MessageComponent.LinkButton("Read the article", "https://example.com/story"))],
        };
        var edited = await harness.Rest.EditOriginalInteractionResponseAsync(command.ApplicationId, command.Token, answer);
        var followup = await harness.Rest.CreateFollowupMessageAsync(command.ApplicationId, command.Token, new WebhookMessage { Content = "more", AllowedMentions = AllowedMentions.None, Flags = MessageFlags.Ephemeral });

        await harness.Server.InjectInteractionAsync(FakePayloads.Autocomplete(options, "ask", FakePayloads.Option("question", "wh", focused: true)));
        var autocomplete = (await harness.NextEventAsync<StoryBot.Discord.Gateway.InteractionCreateEvent>()).Interaction;
        var choices = Enumerable.Range(1, 25).Select(i => ApplicationCommandOptionChoice.Of($"Question {i}", $"q{i}")).ToList();
        await harness.Rest.CreateInteractionResponseAsync(autocomplete.Id, autocomplete.Token, InteractionResponse.Autocomplete(choices));

        Assert.Empty(harness.Server.Violations);
        Assert.Equal("An answer", edited.Content);
        Assert.Equal("more", followup.Content);
        Assert.True(autocomplete.Data!.Options![0].Focused);
        var callbacks = harness.Server.Requests.Snapshot().Where(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)).ToList();
        Assert.Equal([5, 8], callbacks.Select(c => c.Json!["type"]!.GetValue<int>()));
        Assert.Equal(25, callbacks[1].Json!["data"]!["choices"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_second_answer_to_one_interaction_is_refused_with_discords_code()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.ConnectAsync();
        await harness.Server.InjectInteractionAsync(FakePayloads.SlashCommand(harness.Server.Options, "story"));
        var interaction = (await harness.NextEventAsync<StoryBot.Discord.Gateway.InteractionCreateEvent>()).Interaction;
        var message = InteractionResponse.Message(new InteractionCallbackData { Content = "once", AllowedMentions = AllowedMentions.None });

        await harness.Rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, message);
        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, message));

        Assert.Equal(40060, error.DiscordCode);
        Assert.Equal(2, harness.Server.Requests.Snapshot().Count(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_fake_refuses_and_records_a_body_the_spec_does_not_allow()
    {
        await using var harness = await DiscordHarness.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, harness.Server.ApiBaseUrl + "/channels/1/messages")
        {
            Content = new StringContent("""{"content": 5, "allowed_mentions": {"parse": []}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bot " + harness.Server.Token);
        request.Headers.TryAddWithoutValidation("User-Agent", "DiscordBot (https://example.com, 1)");

        using var response = await http.SendAsync(request);

        Assert.Equal(400, (int)response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(50035, error["code"]!.GetValue<int>());
        Assert.Contains(harness.Server.Violations, v => v.Kind == "openapi");
    }
}
