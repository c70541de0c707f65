using StoryBot.Knowledge.Corpus;
using StoryBot.Knowledge.Facts.Extraction;

namespace StoryBot.Knowledge.Facts;

/// <summary>
/// Everything extracted from the articles: people and groups with roles, who signed, quotes and key figures.
/// Curated <c>&lt;article&gt;.facts.json</c> files beside an article add to or override extraction.
/// The same person named in several articles is one entry, with roles and sources from all of them.
/// Immutable once built, so safe to share between threads.
/// </summary>
public sealed class FactBook
{
    private static readonly Dictionary<string, string[]> TitleSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["head"] = ["ceo", "chief", "president", "head", "director", "chairman", "chairwoman", "chair", "leader", "executive"],
        ["ceo"] = ["ceo", "chief", "executive"],
        ["chief executive"] = ["ceo", "chief", "executive"],
        ["founder"] = ["founder", "co-founder", "cofounder", "co-founders", "cofounders"],
        ["co-founder"] = ["founder", "co-founder", "cofounder"],
        ["cofounder"] = ["founder", "co-founder", "cofounder"],
        ["president"] = ["president"],
    };

    private FactBook(IReadOnlyList<Person> people, IReadOnlyList<Person> organisations, IReadOnlyList<RoleFact> roles,
        IReadOnlyList<Quote> quotes, IReadOnlyList<KeyFigure> figures, IReadOnlyList<CorpusError> errors)
    {
        People = people;
        Organisations = organisations;
        Roles = roles;
        Quotes = quotes;
        Figures = figures;
        Errors = errors;
    }

    /// <summary>
    /// Extracts facts from every article, applying each article's curated file when it has one. A malformed
    /// curated file is reported in <see cref="Errors"/> and that article's extracted facts are used as they are.
    /// </summary>
    public static FactBook Build(IReadOnlyList<Article> articles)
    {
        var errors = new List<CorpusError>();
        var perArticle = new List<ArticleFacts>();
        foreach (var article in articles)
        {
            var facts = ArticleFactExtractor.Extract(article);
            try
            {
                if (!string.IsNullOrEmpty(article.FilePath) && CuratedFacts.LoadFor(article.FilePath) is { } curated)
                    CuratedFactsApplier.Apply(facts, curated, CuratedFacts.PathFor(article.FilePath));
            }
            catch (ArticleFormatException e)
            {
                errors.Add(e.Error);
            }
            catch (IOException e)
            {
                errors.Add(new CorpusError(CuratedFacts.PathFor(article.FilePath), 0, $"curated facts could not be read: {e.Message}"));
            }
            perArticle.Add(facts);
        }

        var people = Merge(perArticle.SelectMany(a => a.People));
        var organisations = Merge(perArticle.SelectMany(a => a.Organisations));
        var roles = people.SelectMany(p => p.Roles).ToList();
        return new FactBook(
            [.. people.Select(ToPerson)],
            [.. organisations.Select(ToPerson)],
            roles,
            [.. perArticle.SelectMany(a => a.Quotes)],
            [.. perArticle.SelectMany(a => a.Figures)],
            errors);
    }

    /// <summary>People and groups the story names (organisations are in <see cref="Organisations"/>).</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>People and groups the text says signed.</summary>
    public IReadOnlyList<Person> Signatories => [.. People.Where(p => p.IsSignatory)];

    /// <summary>People the story names who are not said to have signed — merely mentioned, or said not to have signed.</summary>
    public IReadOnlyList<Person> NonSignatories => [.. People.Where(p => !p.IsSignatory)];

    /// <summary>Organisations the story names; <see cref="Person.Roles"/> holds what the story says they are or did.</summary>
    public IReadOnlyList<Person> Organisations { get; }

    /// <summary>Every role held by a person, with title and organisation separated.</summary>
    public IReadOnlyList<RoleFact> Roles { get; }

    /// <summary>Every attributed quote, in article then reading order; "the letter" is a speaker like any other.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Numbers the articles state, with what they count ("over 1,100 people", "at least six months").</summary>
    public IReadOnlyList<KeyFigure> Figures { get; }

    /// <summary>Curated files that could not be used (each names the file and line).</summary>
    public IReadOnlyList<CorpusError> Errors { get; }

    /// <summary>Finds a person by full name, surname or a forgiving partial match; null when the story does not name them.</summary>
    public Person? FindPerson(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        return People.FirstOrDefault(p => NameMatcher.Clean(p.Name).Equals(NameMatcher.Clean(name), StringComparison.OrdinalIgnoreCase))
               ?? People.FirstOrDefault(p => p.Kind == EntityKind.Person && NameMatcher.Matches(p.Name, name))
               ?? People.FirstOrDefault(p => NameMatcher.Contains(p.Name, name));
    }

    /// <summary>Finds an organisation by name, case-insensitively, ignoring a leading "the".</summary>
    public Person? FindOrganisation(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        return Organisations.FirstOrDefault(o => NameMatcher.Clean(o.Name).Equals(NameMatcher.Clean(name), StringComparison.OrdinalIgnoreCase))
               ?? Organisations.FirstOrDefault(o => NameMatcher.Contains(o.Name, name));
    }

    /// <summary>
    /// People and groups named in free text such as a question ("What did Mostaque say?"), by full name or surname,
    /// any case, in the order they appear in the text. Groups match when all their words appear ("DeepMind researchers").
    /// </summary>
    public IReadOnlyList<Person> PeopleMentionedIn(string text) => MentionedIn(People, text);

    /// <summary>Organisations named in free text, any case, in the order they appear in the text.</summary>
    public IReadOnlyList<Person> OrganisationsMentionedIn(string text) => MentionedIn(Organisations, text);

    private static List<Person> MentionedIn(IEnumerable<Person> entities, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var found = new List<(Person Entity, int At)>();
        foreach (var entity in entities)
        {
            var at = TextMentions.Find(text, entity.Name, entity.Kind);
            if (at >= 0) found.Add((entity, at));
        }
        return [.. found.OrderBy(f => f.At).Select(f => f.Entity)];
    }

    /// <summary>Quotes whose speaker matches <paramref name="speaker"/> (full name or surname).</summary>
    public IReadOnlyList<Quote> QuotesBy(string speaker)
    {
        if (string.IsNullOrWhiteSpace(speaker)) return [];
        var person = FindPerson(speaker);
        if (person is not null) return [.. Quotes.Where(q => q.Speaker.Equals(person.Name, StringComparison.OrdinalIgnoreCase))];
        return [.. Quotes.Where(q => NameMatcher.Matches(q.Speaker, speaker) || NameMatcher.Contains(q.Speaker, speaker))];
    }

    /// <summary>Roles of the person named <paramref name="name"/> (full name or surname); empty when unknown.</summary>
    public IReadOnlyList<RoleFact> RolesOf(string name) =>
        FindPerson(name) is { } person ? [.. Roles.Where(r => r.Holder.Equals(person.Name, StringComparison.OrdinalIgnoreCase))] : [];

    /// <summary>
    /// Who holds <paramref name="title"/> at <paramref name="organisation"/>: "CEO" + "Stability AI" → Emad Mostaque's
    /// entry. "head", "boss", "chief", "leader" or "runs" match any leading title (CEO, president, chief, director…);
    /// "founder" matches co-founders. Null when the story names nobody in that role.
    /// </summary>
    public Person? RoleHolder(string title, string organisation)
    {
        var wanted = Titles(title);
        var candidates = Roles.Where(r => OrganisationMatches(r, organisation)).ToList();
        var exact = candidates.FirstOrDefault(r => r.Title.Equals(title.Trim(), StringComparison.OrdinalIgnoreCase))
                    ?? candidates.FirstOrDefault(r => wanted.Any(w => r.Title.Contains(w, StringComparison.OrdinalIgnoreCase)));
        return exact is null ? null : FindPerson(exact.Holder);
    }

    /// <summary>
    /// Short statements of everything known about a person, group or organisation: roles, whether they signed,
    /// what they said, what an organisation is. Empty when the story does not name them.
    /// </summary>
    public IReadOnlyList<string> FactsAbout(string name)
    {
        var facts = new List<string>();
        if (FindPerson(name) is { } person)
        {
            foreach (var role in person.Roles) facts.Add($"{person.Name}: {role}");
            facts.Add(person.IsSignatory ? $"{person.Name} signed." : $"{person.Name} is not named as a signatory.");
            foreach (var quote in QuotesBy(person.Name)) facts.Add($"{person.Name} said: “{quote.Text}”");
        }
        else if (FindOrganisation(name) is { } organisation)
        {
            foreach (var description in organisation.Roles) facts.Add($"{organisation.Name}: {description}");
            foreach (var role in Roles.Where(r => r.Organisation is not null && OrganisationMatches(r, organisation.Name)))
                facts.Add($"{role.Holder}: {role.Phrase}");
        }
        return facts;
    }

    private static string[] Titles(string title)
    {
        var key = title.Trim().ToLowerInvariant() switch
        {
            "boss" or "leader" or "runs" or "run" or "heads" or "leads" or "chief" or "head" => "head",
            var other => other,
        };
        return TitleSynonyms.TryGetValue(key, out var titles) ? titles : [key];
    }

    private static bool OrganisationMatches(RoleFact role, string organisation)
    {
        if (role.Organisation is null) return false;
        var wanted = NameMatcher.Clean(organisation);
        return role.Organisation.Split(" and ", StringSplitOptions.TrimEntries)
            .Append(role.Organisation)
            .Any(o => NameMatcher.Clean(o).Equals(wanted, StringComparison.OrdinalIgnoreCase));
    }

    private static List<EntityDraft> Merge(IEnumerable<EntityDraft> drafts)
    {
        var merged = new List<EntityDraft>();
        foreach (var draft in drafts)
        {
            var existing = merged.FirstOrDefault(m => m.Name.Equals(draft.Name, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                var copy = new EntityDraft(draft.Name, draft.Kind)
                {
                    Signed = draft.Signed, SignedCurated = draft.SignedCurated, RolesCurated = draft.RolesCurated,
                };
                copy.Roles.AddRange(draft.Roles);
                copy.Descriptions.AddRange(draft.Descriptions);
                copy.Sources.AddRange(draft.Sources);
                merged.Add(copy);
                continue;
            }
            if (draft.RolesCurated && !existing.RolesCurated) { existing.Roles.Clear(); existing.RolesCurated = true; }
            if (!existing.RolesCurated || draft.RolesCurated) foreach (var role in draft.Roles) existing.AddRole(role);
            foreach (var description in draft.Descriptions) existing.AddDescription(description);
            foreach (var source in draft.Sources) existing.AddSource(source);
            if (draft.SignedCurated && !existing.SignedCurated) { existing.Signed = draft.Signed; existing.SignedCurated = true; }
            else if (!existing.SignedCurated && draft.Signed is { } signed)
                existing.Signed = existing.Signed == false || !signed ? false : true; // "did not sign" anywhere wins
        }
        return merged;
    }

    private static Person ToPerson(EntityDraft draft) => new(
        draft.Name,
        draft.Kind,
        draft.Kind == EntityKind.Organisation ? [.. draft.Descriptions] : [.. draft.Roles.Select(r => r.Phrase)],
        draft.Signed == true,
        [.. draft.Sources]);
}
