using StoryBot.Knowledge;
using StoryBot.Knowledge.Corpus;

namespace StoryBot.Commands;

/// <summary>/story — what the bot knows about: each article's title, outlet, date, link and opening paragraph.</summary>
public sealed class StoryCommand(StoryKnowledge knowledge) : ICommand
{
    public const string Name = "story";
    private const int MaxCards = 10;

    public CommandDefinition Definition { get; } = new(Name, "The story this bot knows: title, outlet, date and summary", []);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var articles = knowledge.Articles.Take(MaxCards).ToList();
        if (articles.Count == 0)
            return Task.FromResult(Reply.Message("No article is loaded."));

        return Task.FromResult(new Reply
        {
            Cards = [.. articles.Select(Card)],
            Buttons = [.. articles
                .Select(a => PassageFormatting.ArticleLink(a.Url, articles.Count == 1 ? "Read the article" : $"Read it on {a.Source}"))
                .OfType<ReplyButton>()
                .Take(5)],
        });
    }

    private static ReplyCard Card(Article article)
    {
        var fields = new List<ReplyField> { new("Outlet", article.Source, Inline: true) };
        if (PassageFormatting.Date(article.Published) is { } date)
            fields.Add(new ReplyField("Published", date, Inline: true));
        if (!string.IsNullOrWhiteSpace(article.Section))
            fields.Add(new ReplyField("Section", article.Section, Inline: true));
        return new ReplyCard
        {
            Title = article.Title,
            Url = article.Url,
            Description = article.Paragraphs.FirstOrDefault()?.Text,
            Fields = fields,
            Timestamp = article.Published,
        };
    }
}
