using StoryBot.Knowledge;

namespace StoryBot.Commands;

/// <summary>/signatories [name] — who the story says signed the letter, or whether one person did.</summary>
public sealed class SignatoriesCommand(StoryKnowledge knowledge) : IAutocompleteCommand
{
    public const string Name = "signatories";
    public const string NameOption = "name";

    public CommandDefinition Definition { get; } = new(Name, "Who signed the letter, or whether someone did",
    [
        new CommandOptionDefinition(NameOption, "A person or group to check", CommandOptionType.String, Autocomplete: true) { MaxLength = 100 },
    ]);

    public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var name = context.Option(NameOption)?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(name) ? Everyone() : One(name));
    }

    private Reply Everyone()
    {
        var signatories = knowledge.Facts.Signatories;
        if (signatories.Count == 0)
            return Reply.Message("The story doesn't name anyone who signed.");
        var card = new ReplyCard
        {
            Title = "Who signed, according to the story",
            Description = string.Join("\n", signatories.Select(p => "• " + FactFormatting.NameWithRoles(p))),
            Footer = signatories.Count == 1 ? "1 signatory named" : $"{signatories.Count} signatories named",
        };
        return new Reply { Cards = [card] };
    }

    private Reply One(string name)
    {
        var person = knowledge.Facts.FindPerson(name);
        if (person is null)
            return Reply.Message($"The story doesn't mention {name}.");

        var source = person.Sources.FirstOrDefault();
        var card = new ReplyCard
        {
            Title = person.IsSignatory
                ? $"{person.Name} signed"
                : $"{person.Name} is mentioned, but the story doesn't say they signed",
            Description = person.Roles.Count == 0 ? null : string.Join("; ", person.Roles),
            Url = FactFormatting.UrlOf(knowledge, source),
            Fields = source is null ? [] : [new ReplyField("From the story", FactFormatting.Evidence(knowledge, source))],
        };
        var link = PassageFormatting.ArticleLink(card.Url);
        return new Reply { Cards = [card], Buttons = link is null ? [] : [link] };
    }

    public IReadOnlyList<CommandChoice> Suggest(string optionName, string typed, CommandContext context) =>
        optionName == NameOption
            ? FactFormatting.Matching(
                knowledge.Facts.Signatories.Select(p => p.Name).Concat(knowledge.Facts.People.Select(p => p.Name)), typed)
            : [];
}
