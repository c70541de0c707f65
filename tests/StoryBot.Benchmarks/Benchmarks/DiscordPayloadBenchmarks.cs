using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using StoryBot.Discord.Models;
using StoryBot.FakeDiscord;

namespace StoryBot.Benchmarks.Benchmarks;

/// <summary>
/// The Discord side of one /ask: reading an INTERACTION_CREATE frame the way the gateway client does (envelope,
/// then the interaction), and writing an answer's interaction response with the source-generated JSON context.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class DiscordPayloadBenchmarks
{
    private byte[] frame = [];
    private InteractionResponse response = null!;

    [GlobalSetup]
    public void Setup()
    {
        var interaction = FakePayloads.SlashCommand(new FakeDiscordOptions(), "ask",
            FakePayloads.Option("question", "How long a pause does the letter call for?"));
        var envelope = new JsonObject { ["op"] = 0, ["s"] = 42, ["t"] = "INTERACTION_CREATE", ["d"] = interaction };
        frame = Encoding.UTF8.GetBytes(envelope.ToJsonString());
        response = TypicalAnswer();
    }

    [Benchmark]
    public Interaction? ParseInteractionCreate()
    {
        var payload = JsonSerializer.Deserialize(frame, DiscordJsonContext.Default.GatewayPayload);
        return payload?.D?.Deserialize(DiscordJsonContext.Default.Interaction);
    }

    [Benchmark]
    public byte[] SerializeAnswerResponse() => JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse);

    // The shape of an /ask answer: a short answer line, one embed with the supporting passage and its source, two buttons.
    private static InteractionResponse TypicalAnswer() => InteractionResponse.Message(new InteractionCallbackData
    {
        Content = "**At least six months.**",
        Embeds =
        [
            new Embed
            {
                Title = "How long a pause does the letter call for?",
                Description = "Telsa and Twitter CEO Elon Musk CEO joined Apple co-founder Steve Wozniak and hundreds of other people " +
                              "in urging artificial intelligence labs to stop training powerful machine learning models for **at least six months**.",
                Url = "https://www.semafor.com/article/03/29/2023/elon-musk-signs-open-letter-calling-for-a-pause-on-ai-training",
                Fields = [new EmbedField("Source", "Semafor · The News · ¶1", Inline: true), new EmbedField("Published", "29 March 2023", Inline: true)],
                Footer = new EmbedFooter("1 of 3 passages"),
            },
        ],
        Components =
        [
            MessageComponent.ActionRow(
                MessageComponent.Button("More passages", "page:ask:400000000000000001:1"),
                MessageComponent.LinkButton("Read the article", "https://www.semafor.com/article/03/29/2023/elon-musk-signs-open-letter-calling-for-a-pause-on-ai-training")),
        ],
        AllowedMentions = AllowedMentions.None,
    });
}
