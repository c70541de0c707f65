using StoryBot.Knowledge;
using StoryBot.Knowledge.Answering;

namespace StoryBot.Commands;

/// <summary>/ask question — a short direct answer, the passage that supports it, and where it comes from.</summary>
public sealed class AskCommand(StoryKnowledge knowledge, RecentQueries queries) : IAutocompleteCommand, IButtonCommand
{
    public const string Name = CommandRouter.AskCommandName;
    public const string QuestionOption = CommandRouter.AskQuestionOption;
    public const string NotInStory = "The story doesn't say.";
    private const int MaxPassages = 20;

    private readonly PassagePager pager = new(Name, queries);

    public CommandDefinition Definition { get; } = new(Name, "Ask a question about the story",
    [
        new CommandOptionDefinition(QuestionOption, "What you want to know about the story", CommandOptionType.String,
            Required: true, Autocomplete: true) { MaxLength = 500 },
    ]);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var question = context.Option(QuestionOption)?.Trim();
        if (string.IsNullOrEmpty(question))
            return Task.FromResult(Reply.Message("Type a question after /ask, and I'll answer it from the story.", ephemeral: true));

        var answer = knowledge.Ask(question, cancellationToken);
        var passages = PassagesFor(answer);
        var best = passages.FirstOrDefault();
        var showBest = best is not null && (answer.IsAnswered || PassageFormatting.MatchesAnyWord(best));
        // The best passage, then (when the server asks for more per answer) the next ones that share the asker's words.
        var shown = showBest
            ? passages.Take(Math.Max(1, context.PassagesPerAnswer ?? 1)).TakeWhile((p, i) => i == 0 || PassageFormatting.MatchesAnyWord(p)).ToList()
            : [];

        var fields = new List<ReplyField>();
        if (showBest)
        {
            fields.Add(new ReplyField(answer.IsAnswered ? "From the story" : "Closest passage", PassageFormatting.Highlighted(best!)));
            fields.AddRange(shown.Skip(1).Select(p => new ReplyField($"Also: {PassageFormatting.Where(p)}", PassageFormatting.Highlighted(p))));
            fields.Add(new ReplyField("Source", PassageFormatting.SourceLine(best!)));
        }
        var card = new ReplyCard
        {
            Title = question,
            Description = answer.Text ?? NotInStory,
            Url = showBest ? best!.Url : null,
            Fields = fields,
            Footer = answer.IsAnswered ? $"Confidence {Math.Round(answer.Confidence * 100):0}%" : null,
        };
        var buttons = showBest
            ? new[] { pager.MoreButton(context.UserId, question, shown.Count, passages.Count), PassageFormatting.ArticleLink(best!.Url) }
            : [];
        return Task.FromResult(new Reply { Cards = [card], Buttons = [.. buttons.OfType<ReplyButton>()] });
    }

    public IReadOnlyList<CommandChoice> Suggest(string optionName, string typed, CommandContext context) =>
        optionName == QuestionOption
            ? [.. knowledge.SuggestQuestions(typed, CommandRouter.MaxSuggestions).Select(q => new CommandChoice(q, q))]
            : [];

    public bool Owns(string actionId) => pager.Owns(actionId);

    public Task<Reply> PressAsync(string actionId, CommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult(pager.Press(actionId, context, question => PassagesFor(knowledge.Ask(question, cancellationToken))));

    /// <summary>The answer's own passages first, then further search matches for the same question.</summary>
    private List<SupportingPassage> PassagesFor(Answer answer) =>
        [.. answer.Passages
            .Concat(knowledge.Search(answer.Question, MaxPassages))
            .DistinctBy(p => (p.ArticleTitle, p.ParagraphNumber, p.Text))
            .Take(MaxPassages)];
}
