using StoryBot.Knowledge;
using StoryBot.Knowledge.Facts;

namespace StoryBot.Commands;

/// <summary>/quotes [speaker] — what people (and the letter itself) are quoted as saying.</summary>
public sealed class QuotesCommand(StoryKnowledge knowledge) : IAutocompleteCommand
{
    public const string Name = "quotes";
    public const string SpeakerOption = "speaker";
    private const int MaxQuotes = 10;

    public CommandDefinition Definition { get; } = new(Name, "What people in the story are quoted as saying",
    [
        new CommandOptionDefinition(SpeakerOption, "Whose words to show", CommandOptionType.String, Autocomplete: true) { MaxLength = 100 },
    ]);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var speaker = context.Option(SpeakerOption)?.Trim();
        if (string.IsNullOrEmpty(speaker))
        {
            var all = knowledge.Facts.Quotes;
            return Task.FromResult(all.Count == 0
                ? Reply.Message("The story quotes no one.")
                : Card("Quotes in the story", all));
        }

        var quotes = knowledge.Facts.QuotesBy(speaker);
        if (quotes.Count > 0)
            return Task.FromResult(Card($"Quotes from {quotes[0].Speaker}", quotes));
        var person = knowledge.Facts.FindPerson(speaker);
        return Task.FromResult(Reply.Message(person is null
            ? $"The story doesn't quote {speaker}."
            : $"{person.Name} is in the story, but isn't quoted."));
    }

    private Reply Card(string title, IReadOnlyList<Quote> quotes)
    {
        var shown = quotes.Take(MaxQuotes).ToList();
        var card = new ReplyCard
        {
            Title = title,
            Url = FactFormatting.UrlOf(knowledge, shown[0].Source),
            Fields = [.. shown.Select(q => new ReplyField(q.Speaker,
                $"{PassageFormatting.Quoted(q.Text)}\n— {SourceOf(q)}"))],
            Footer = quotes.Count > shown.Count
                ? $"{shown.Count} of {quotes.Count} quotes — name a speaker to narrow it down"
                : null,
        };
        var link = PassageFormatting.ArticleLink(card.Url);
        return new Reply { Cards = [card], Buttons = link is null ? [] : [link] };
    }

    private string SourceOf(Quote quote)
    {
        var article = knowledge.Articles.FirstOrDefault(a => a.Id == quote.Source.ArticleId);
        return article is null ? quote.Source.ArticleId : PassageFormatting.SourceLine(article.Source, article.Published, null);
    }

    public IReadOnlyList<CommandChoice> Suggest(string optionName, string typed, CommandContext context) =>
        optionName == SpeakerOption ? FactFormatting.Matching(knowledge.Facts.Quotes.Select(q => q.Speaker), typed) : [];
}
