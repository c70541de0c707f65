using Microsoft.Extensions.Logging.Abstractions;
using StoryBot.Commands;
using StoryBot.Discord;
using StoryBot.Discord.Models;

namespace StoryBot.Tests.Discord;

public sealed class DiscordReplyRendererTests
{
    private readonly DiscordReplyRenderer _renderer = new(NullLogger<DiscordReplyRenderer>.Instance);

    [Fact]
    public void Long_text_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("alpha beta", 300));

        var content = _renderer.ToCallbackData(Reply.Message(text)).Content!;

        Assert.True(content.Length <= 2000);
        Assert.EndsWith("…", content, StringComparison.Ordinal);
        Assert.Matches(@"(alpha|beta)…$", content);
    }

    [Fact]
    public void A_cut_never_leaves_bold_open()
    {
        var cut = DiscordText.Truncate("plain words then **a bold phrase that goes on and on**", 30);

        Assert.True(cut.Length <= 30);
        Assert.Equal(0, (cut.Length - cut.Replace("**", "", StringComparison.Ordinal).Length) / 2 % 2);
    }

    [Fact]
    public void Every_kind_of_payload_pings_nobody()
    {
        var reply = Reply.Message("@everyone <@123> <@&456>");
        var replyTo = new DiscordMessage { Id = "9", ChannelId = "8" };

        AllowedMentions?[] all =
        [
            _renderer.ToCallbackData(reply).AllowedMentions,
            _renderer.ToUpdateData(reply).AllowedMentions,
            _renderer.ToOriginalEdit(reply).AllowedMentions,
            _renderer.ToFollowup(reply).AllowedMentions,
            _renderer.ToChannelReply(reply, replyTo).AllowedMentions,
        ];

        Assert.All(all, m =>
        {
            Assert.NotNull(m);
            Assert.Empty(m.Parse!);
            Assert.False(m.RepliedUser);
        });
    }

    [Fact]
    public void Ephemeral_replies_carry_flag_64_where_discord_allows_it()
    {
        var reply = Reply.Message("only you", ephemeral: true);

        Assert.Equal(MessageFlags.Ephemeral, _renderer.ToCallbackData(reply).Flags);
        Assert.Equal(MessageFlags.Ephemeral, _renderer.ToFollowup(reply).Flags);
        Assert.Null(_renderer.ToCallbackData(Reply.Message("everyone")).Flags);
    }

    [Fact]
    public void Embeds_stay_within_the_total_and_the_answer_comes_first()
    {
        var cards = Enumerable.Range(1, 4).Select(i => new ReplyCard
        {
            Title = $"Card {i}",
            Description = new string('d', 3000),
            Fields = [new ReplyField("Passage", new string('v', 1500))],
        });

        var embeds = _renderer.ToCallbackData(new Reply { Cards = [.. cards] }).Embeds!;

        var total = embeds.Sum(e => (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0) + (e.Footer?.Text.Length ?? 0)
            + (e.Fields ?? []).Sum(f => f.Name.Length + f.Value.Length));
        Assert.InRange(total, 5000, 6000);
        Assert.Equal(3000, embeds[0].Description!.Length);
        Assert.Equal(1024, embeds[0].Fields![0].Value.Length);
    }

    [Fact]
    public void Buttons_fill_rows_of_five_and_an_unroutable_action_id_is_left_out()
    {
        ReplyButton[] buttons =
        [
            new("Too long", ActionId: new string('x', 101)),
            .. Enumerable.Range(1, 7).Select(i => new ReplyButton($"Page {i}", ActionId: $"page:{i}")),
            new("Twice", ActionId: "page:1"),
            new("Read", Url: "https://example.com/a"),
            new("Not a web link", Url: "javascript:alert(1)"),
        ];

        var rows = _renderer.ToCallbackData(new Reply { Text = "x", Buttons = buttons }).Components!;

        Assert.Equal([5, 3], rows.Select(r => r.Components!.Count));
        var rendered = rows.SelectMany(r => r.Components!).ToList();
        Assert.DoesNotContain(rendered, b => b.Label == "Too long" || b.Label == "Twice" || b.Label == "Not a web link");
        var link = Assert.Single(rendered, b => b.Style == ButtonStyle.Link);
        Assert.Null(link.CustomId);
    }

    [Fact]
    public void An_empty_reply_still_says_something()
    {
        Assert.Equal(DiscordReplyRenderer.EmptyReplyText, _renderer.ToCallbackData(new Reply()).Content);
    }

    [Fact]
    public void A_channel_reply_points_at_the_message_and_survives_its_deletion()
    {
        var message = _renderer.ToChannelReply(Reply.Message("hi"), new DiscordMessage { Id = "11", ChannelId = "22", GuildId = "33" });

        Assert.Equal("11", message.MessageReference!.MessageId);
        Assert.False(message.MessageReference.FailIfNotExists);
        Assert.Null(message.Flags);
    }

    [Fact]
    public void Choices_are_capped_at_25_with_names_and_values_of_at_most_100()
    {
        // Odd ones have a value too long to send and a name too long to stand in for it: they are left out.
        var choices = Enumerable.Range(1, 60).Select(i => new CommandChoice(new string('n', 150) + i, i % 2 == 0 ? $"v{i}" : new string('v', 120)));

        var rendered = _renderer.ToChoices(choices, ApplicationCommandOptionType.String);

        Assert.Equal(25, rendered.Count);
        Assert.All(rendered, c =>
        {
            Assert.InRange(c.Name.Length, 1, 100);
            Assert.InRange(c.Value.GetString()!.Length, 1, 100);
        });
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"v{2 * i}"), rendered.Select(c => c.Value.GetString()));
    }

    [Fact]
    public void Integer_choices_keep_only_whole_numbers()
    {
        var rendered = _renderer.ToChoices([new("one", "1"), new("half", "0.5"), new("three", "3")], ApplicationCommandOptionType.Integer);

        Assert.Equal([1L, 3L], rendered.Select(c => c.Value.GetInt64()));
    }
}
