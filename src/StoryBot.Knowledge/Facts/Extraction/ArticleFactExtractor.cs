using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>
/// Runs the rules over one article in three passes: roles and organisations first (they introduce full names),
/// then signatories and quotes (which refer back to people by surname or pronoun), then figures.
/// </summary>
internal static class ArticleFactExtractor
{
    public static ArticleFacts Extract(Article article)
    {
        var facts = new ArticleFacts { Article = article };
        var paragraphs = article.Paragraphs.Select(p => QuotedSentences.Split(p.Number, p.Text)).ToList();
        var sentences = paragraphs.SelectMany(s => s).ToList();
        var directory = new PersonDirectory();

        var roles = new List<RoleFact>();
        var organisations = new List<OrganisationMention>();
        foreach (var sentence in sentences) RoleExtractor.Extract(sentence, article.Id, roles, organisations);
        foreach (var role in roles) facts.Person(directory.Add(role.Holder)).AddRole(role);
        var organisationNames = organisations.Select(o => o.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in PersonCandidates.Find(sentences, organisationNames)) facts.Person(directory.Add(name));
        var laterRoles = new List<RoleFact>();
        foreach (var sentence in sentences) RoleExtractor.ExtractAfterSurnames(sentence, article.Id, directory, laterRoles, organisations);
        foreach (var role in laterRoles) facts.Person(role.Holder).AddRole(role);

        foreach (var sentence in sentences)
        {
            foreach (var mention in SignatoryExtractor.Extract(sentence, directory))
            {
                var draft = facts.Person(mention.Name, mention.Kind);
                draft.AddSource(Source(article, sentence));
                // Saying someone did not sign outweighs a looser cue elsewhere in the same article.
                draft.Signed = draft.Signed == false ? false : mention.Signed;
            }
        }

        facts.Quotes.AddRange(QuoteExtractor.Extract(article.Id, paragraphs, directory));
        foreach (var quote in facts.Quotes)
            if (directory.Names.Contains(quote.Speaker)) facts.Person(quote.Speaker).AddSource(quote.Source);

        // Every sentence that names a person is evidence about them, in reading order.
        foreach (var sentence in sentences)
            foreach (var (name, _) in directory.MentionsIn(sentence.Text))
                facts.Person(name).AddSource(Source(article, sentence));

        SortByFirstMention(facts.People, article);

        var personNames = new HashSet<string>(directory.Names, StringComparer.OrdinalIgnoreCase);
        foreach (var mention in organisations)
        {
            if (personNames.Contains(mention.Name)) continue;
            var draft = facts.Organisation(mention.Name);
            if (mention.Description is not null) draft.AddDescription(mention.Description);
            draft.AddSource(Source(article, mention.Sentence));
        }

        foreach (var sentence in sentences)
            foreach (var figure in FigureExtractor.Extract(sentence, article.Id))
                if (!facts.Figures.Any(f => f.Value.Equals(figure.Value, StringComparison.OrdinalIgnoreCase) && f.Label == figure.Label))
                    facts.Figures.Add(figure);
        return facts;
    }

    // Reading order, so lists of people follow the article rather than the order the rules ran in.
    private static void SortByFirstMention(List<EntityDraft> people, Article article)
    {
        var paragraphs = article.Paragraphs.ToDictionary(p => p.Number, p => p.Text);
        long FirstMention(EntityDraft draft)
        {
            var word = draft.Kind == EntityKind.Person ? draft.Name.Split(' ')[^1] : draft.Name;
            var best = long.MaxValue;
            foreach (var source in draft.Sources)
            {
                if (!paragraphs.TryGetValue(source.ParagraphNumber, out var text)) continue;
                var at = text.IndexOf(word, StringComparison.Ordinal);
                if (at >= 0) best = Math.Min(best, source.ParagraphNumber * 1_000_000L + at);
            }
            return best;
        }
        var ordered = people.OrderBy(FirstMention).ToList();
        people.Clear();
        people.AddRange(ordered);
    }

    private static FactSource Source(Article article, FactSentence sentence) =>
        new(article.Id, sentence.ParagraphNumber, sentence.Text);
}
