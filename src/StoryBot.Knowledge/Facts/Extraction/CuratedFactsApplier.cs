namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>Applies an article's curated file on top of what the rules extracted from it; the curated file wins.</summary>
internal static class CuratedFactsApplier
{
    public static void Apply(ArticleFacts facts, CuratedFacts curated, string curatedPath)
    {
        var source = new FactSource(facts.Article.Id, 0, $"curated in {Path.GetFileName(curatedPath)}");
        var removals = curated.Remove;

        foreach (var name in removals?.People ?? [])
        {
            facts.People.RemoveAll(p => NameMatcher.Matches(p.Name, name));
            facts.Organisations.RemoveAll(p => NameMatcher.Matches(p.Name, name));
        }
        foreach (var name in removals?.Signatories ?? [])
            foreach (var person in facts.People.Where(p => NameMatcher.Matches(p.Name, name)))
            {
                person.Signed = null;
                person.SignedCurated = true;
            }
        foreach (var speaker in removals?.Quotes ?? [])
            facts.Quotes.RemoveAll(q => NameMatcher.Matches(q.Speaker, speaker));

        foreach (var person in curated.People ?? [])
        {
            var kind = person.Kind ?? EntityKind.Person;
            var draft = kind == EntityKind.Organisation ? facts.Organisation(person.Name) : facts.Person(person.Name, kind);
            draft.Kind = kind;
            draft.AddSource(source);
            if (person.Roles is not null)
            {
                draft.Roles.Clear();
                draft.RolesCurated = true;
                foreach (var role in person.Roles)
                {
                    if (kind == EntityKind.Organisation) draft.AddDescription(role);
                    else draft.AddRole(RoleFromPhrase(person.Name, role, source));
                }
            }
            if (person.Signed is { } signed)
            {
                draft.Signed = signed;
                draft.SignedCurated = true;
            }
        }

        foreach (var organisation in curated.Organisations ?? [])
        {
            var draft = facts.Organisation(organisation.Name);
            if (organisation.Description is not null) draft.AddDescription(organisation.Description);
            draft.AddSource(source);
        }

        foreach (var quote in curated.Quotes ?? [])
        {
            facts.Quotes.RemoveAll(q => SameWords(q.Text, quote.Text));
            facts.Quotes.Add(new Quote(quote.Speaker, quote.Text, source));
        }

        foreach (var figure in curated.Figures ?? [])
        {
            facts.Figures.RemoveAll(f => f.Label.Equals(figure.Label, StringComparison.OrdinalIgnoreCase));
            facts.Figures.Add(new KeyFigure(figure.Label, figure.Value, source));
        }
    }

    /// <summary>Reads "CEO of Example Corp" or "Example Corp CEO" into a title and an organisation.</summary>
    internal static RoleFact RoleFromPhrase(string holder, string phrase, FactSource source)
    {
        var tokens = Token.Split(phrase);
        var titleIndex = -1;
        for (var i = 0; i < tokens.Count; i++)
            if (Lexicon.RoleWords.Contains(tokens[i].Text)) { titleIndex = i; break; }
        if (titleIndex < 0) return new RoleFact(holder, phrase, phrase, null, source);
        var title = tokens[titleIndex].Text;
        var ofIndex = phrase.IndexOf(" of ", tokens[titleIndex].End - 1, StringComparison.OrdinalIgnoreCase);
        string? organisation = ofIndex >= 0
            ? phrase[(ofIndex + 4)..].Trim()
            : titleIndex > 0 ? phrase[..tokens[titleIndex].Start].Trim() : null;
        if (organisation is not null && organisation.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) organisation = organisation[4..];
        return new RoleFact(holder, phrase, title, string.IsNullOrWhiteSpace(organisation) ? null : organisation, source);
    }

    private static bool SameWords(string a, string b) =>
        string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string text) =>
        new([.. text.Where(char.IsLetterOrDigit)]);
}
