using StoryBot.Knowledge;

namespace StoryBot.Commands;

/// <summary>/search query — the passages of the story that match, best first, matched words in bold.</summary>
public sealed class SearchCommand(StoryKnowledge knowledge, RecentQueries queries) : IButtonCommand
{
    public const string Name = "search";
    public const string QueryOption = "query";
    private const int MaxPassages = 20;

    private readonly PassagePager pager = new(Name, queries);

    public CommandDefinition Definition { get; } = new(Name, "Find the passages of the story that mention something",
    [
        new CommandOptionDefinition(QueryOption, "Words to look for", CommandOptionType.String, Required: true) { MaxLength = 200 },
    ]);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var query = context.Option(QueryOption)?.Trim();
        if (string.IsNullOrEmpty(query))
            return Task.FromResult(Reply.Message("Type some words after /search.", ephemeral: true));

        var passages = knowledge.Search(query, MaxPassages);
        if (passages.Count == 0)
            return Task.FromResult(Reply.Message($"Nothing in the story matches “{query}”."));

        var page = passages.Take(PassagePager.PageSizeFor(context)).ToList();
        var card = new ReplyCard
        {
            Title = $"Search: {query}",
            Url = page[0].Url,
            Fields =
            [
                .. page.Select((p, i) => new ReplyField($"{i + 1}. {PassageFormatting.Where(p)}", PassageFormatting.Highlighted(p))),
                new ReplyField("Source", PassageFormatting.SourceLine(page[0])),
            ],
            Footer = $"Passages 1–{page.Count} of {passages.Count}",
        };
        var buttons = new[] { pager.MoreButton(context.UserId, query, page.Count, passages.Count), PassageFormatting.ArticleLink(page[0].Url) };
        return Task.FromResult(new Reply { Cards = [card], Buttons = [.. buttons.OfType<ReplyButton>()] });
    }

    public bool Owns(string actionId) => pager.Owns(actionId);

    public Task<Reply> PressAsync(string actionId, CommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult(pager.Press(actionId, context, query => knowledge.Search(query, MaxPassages)));
}
