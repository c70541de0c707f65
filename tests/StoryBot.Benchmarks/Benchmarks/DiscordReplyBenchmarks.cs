using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using StoryBot.Benchmarks.Corpus;
using StoryBot.Commands;
using StoryBot.Discord;
using StoryBot.Discord.Models;

namespace StoryBot.Benchmarks.Benchmarks;

/// <summary>
/// The host's side of one /ask on the seed corpus: the command turning an answer into a <see cref="Reply"/>, the
/// renderer turning that into Discord's callback (limits, allowed_mentions), and the JSON that goes on the wire.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class DiscordReplyBenchmarks
{
    private const string Question = "How long a pause does the letter call for?";

    private readonly DiscordReplyRenderer renderer = new(NullLogger<DiscordReplyRenderer>.Instance);
    private AskCommand ask = null!;
    private CommandContext context = null!;
    private Reply reply = null!;

    [GlobalSetup]
    public void Setup()
    {
        ask = new AskCommand(Corpora.Knowledge(Corpora.Seed), new RecentQueries());
        context = new CommandContext
        {
            UserId = "400000000000000001",
            GuildId = "200000000000000001",
            ChannelId = "300000000000000001",
            Options = new Dictionary<string, string> { [AskCommand.QuestionOption] = Question },
        };
        reply = ask.ExecuteAsync(context, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark]
    public byte[] RenderReplyToJson() =>
        JsonSerializer.SerializeToUtf8Bytes(InteractionResponse.Message(renderer.ToCallbackData(reply)), DiscordJsonContext.Default.InteractionResponse);

    /// <summary>Everything between the parsed interaction and the bytes of the callback body: answer, reply, render, JSON.</summary>
    [Benchmark]
    public async Task<byte[]> AskCommandToJson()
    {
        var fresh = await ask.ExecuteAsync(context, CancellationToken.None);
        return JsonSerializer.SerializeToUtf8Bytes(InteractionResponse.Message(renderer.ToCallbackData(fresh)), DiscordJsonContext.Default.InteractionResponse);
    }
}
