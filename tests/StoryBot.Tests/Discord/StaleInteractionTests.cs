using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Discord;
using StoryBot.Discord.Models;
using StoryBot.Discord.Rest;

namespace StoryBot.Tests.Discord;

/// <summary>An interaction that waited in the queue past Discord's window is dropped, not answered into the void.</summary>
public sealed class StaleInteractionTests
{
    [Fact]
    public async Task An_interaction_queued_past_the_response_window_is_not_answered_and_costs_no_command()
    {
        var (dispatcher, rest, help) = Build();
        var receivedAt = TimeProvider.System.GetTimestamp() - TimeProvider.System.TimestampFrequency * 4; // 4 s ago

        await dispatcher.HandleAsync(HelpInteraction(), receivedAt, CancellationToken.None);

        Assert.Empty(rest.Responses);
        Assert.Equal(0, help.Runs);
    }

    [Fact]
    public async Task A_fresh_interaction_is_answered()
    {
        var (dispatcher, rest, help) = Build();

        await dispatcher.HandleAsync(HelpInteraction(), TimeProvider.System.GetTimestamp(), CancellationToken.None);

        Assert.Single(rest.Responses);
        Assert.Equal(1, help.Runs);
    }

    private static (InteractionDispatcher, RecordingRest, CountingCommand) Build()
    {
        var rest = new RecordingRest();
        var help = new CountingCommand();
        var router = new CommandRouter([help], [], NullLogger<CommandRouter>.Instance);
        var dispatcher = new InteractionDispatcher(router, rest, new DiscordReplyRenderer(NullLogger<DiscordReplyRenderer>.Instance),
            new PublicAnswers(), Options.Create(new DiscordBotOptions()), TimeProvider.System, NullLogger<InteractionDispatcher>.Instance);
        return (dispatcher, rest, help);
    }

    private static Interaction HelpInteraction() => new()
    {
        Id = "1", ApplicationId = "2", Token = "t", Type = InteractionType.ApplicationCommand,
        Data = new InteractionData { Id = "3", Name = "help" }, User = new DiscordUser { Id = "4", Username = "someone" },
    };

    private sealed class CountingCommand : ICommand
    {
        public int Runs;
        public CommandDefinition Definition { get; } = new("help", "Help", []);
        public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Runs);
            return Task.FromResult(Reply.Message("help text"));
        }
    }

    private sealed class PublicAnswers : IAnswerVisibility
    {
        public ValueTask<bool> IsPrivateAsync(CommandContext context, CancellationToken cancellationToken) => ValueTask.FromResult(false);
    }

    private sealed class RecordingRest : IDiscordRestClient
    {
        public List<InteractionResponse> Responses { get; } = [];
        public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default)
        {
            lock (Responses) Responses.Add(response);
            return Task.CompletedTask;
        }
        public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ApplicationInfo> GetCurrentApplicationAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<DiscordMessage> EditOriginalInteractionResponseAsync(string applicationId, string interactionToken, WebhookMessage message, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<DiscordMessage> CreateFollowupMessageAsync(string applicationId, string interactionToken, WebhookMessage message, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<DiscordMessage> CreateMessageAsync(string channelId, MessageCreate message, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(string applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
