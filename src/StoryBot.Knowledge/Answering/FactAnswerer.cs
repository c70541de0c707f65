using StoryBot.Knowledge.Answering.Text;
using StoryBot.Knowledge.Facts;

namespace StoryBot.Knowledge.Answering;

/// <summary>
/// Answers from extracted facts when the question is about a person or the signatures: who holds a role,
/// who someone is, whether they signed, who signed, and what they said.
/// </summary>
internal static class FactAnswerer
{
    private const double FactConfidence = 0.9;

    public static Draft? Answer(QuestionAnalysis q, StoryFacts facts, Func<Person, bool> inScope)
    {
        var people = facts.People.Where(inScope).ToList();
        if (people.Count == 0) return null;
        var scoped = facts with { People = people };
        var mentioned = scoped.MentionedIn(q);
        var mentionedKeys = mentioned.SelectMany(p => Tokenizer.Tokenize(p.Name)).Select(t => t.Key).ToHashSet();
        var rest = q.Terms.Where(t => !mentionedKeys.Contains(t.Key)).ToList();
        var asksSign = q.Terms.Any(t => Roles.IsSignKey(t.Key));

        if (q.Kind == QuestionKind.YesNo && asksSign) return SignedOrNot(q, mentioned, people);
        if (mentioned.Count > 0 && q.Tokens.Any(t => ProfileQuestions.QuoteVerbs.Contains(t.Key)) && q.Kind is QuestionKind.What or QuestionKind.How or QuestionKind.Other)
        {
            var quote = QuoteOf(mentioned[0], rest, scoped);
            if (quote is not null) return quote;
        }
        if (Roles.IsRoleQuestion(q) && RoleHolder(q, people, asksSign) is { } holder) return holder;
        if (mentioned.Count > 0 && q.Kind is QuestionKind.Who or QuestionKind.What or QuestionKind.Where or QuestionKind.Which or QuestionKind.Other)
        {
            if (ProfileQuestions.Topic(q, mentionedKeys).Count == 0) return Profile(mentioned[0]);
        }
        if (asksSign && q.Kind is QuestionKind.Who or QuestionKind.List or QuestionKind.Which && mentioned.Count == 0)
        {
            return Signatories(rest.Where(t => !Roles.IsSignKey(t.Key)).ToList(), people);
        }
        return null;
    }

    public static string Describe(Person person)
    {
        var roles = person.Roles.Count > 0 ? string.Join("; ", person.Roles) : null;
        var signed = person.IsSignatory ? "signed the letter" : null;
        return string.Join(" — ", new[] { person.Name, roles, signed }.Where(s => s is not null));
    }

    private static Draft? SignedOrNot(QuestionAnalysis q, IReadOnlyList<Person> mentioned, IReadOnlyList<Person> people)
    {
        var person = mentioned.FirstOrDefault();
        if (person is null)
        {
            // "Did DeepMind sign?" — a group of signatories named after the organisation.
            var names = q.Terms.Where(t => t.IsName).Select(t => t.Key).ToList();
            if (names.Count == 0) return null;
            person = people.FirstOrDefault(p => p.IsSignatory && names.All(n => Tokenizer.Tokenize(p.Name).Any(t => t.Key == n)));
            if (person is null) return null;
        }
        var text = person.IsSignatory
            ? $"Yes — {NameWithRole(person)} signed the letter."
            : $"No — the story mentions {person.Name} but does not list {person.Name} among the signatories.";
        return new Draft(AnswerText.Clip(text), FactConfidence, [Describe(person)], person.Sources);
    }

    private static Draft? QuoteOf(Person speaker, IReadOnlyList<QueryTerm> topic, StoryFacts facts)
    {
        var quotes = facts.QuotesBy(speaker);
        if (quotes.Count == 0) return null;
        var ranked = quotes.Select(quote => (Quote: quote, Score: Overlap(topic, quote.Text + " " + quote.Source.Sentence)))
            .OrderByDescending(x => x.Score).ToList();
        var namesAsked = topic.Where(t => t.IsName).ToList();
        if (namesAsked.Count > 0 && Overlap(namesAsked, ranked[0].Quote.Text + " " + ranked[0].Quote.Source.Sentence) == 0) return null;
        var best = ranked[0].Quote;
        var said = AnswerText.Clip($"{speaker.Name} said: \u201C{best.Text.Trim().Trim('"', '\u201C', '\u201D')}\u201D", AnswerText.MaxLength);
        return new Draft(said, FactConfidence, ranked.Take(3).Select(x => $"{x.Quote.Speaker}: \u201C{x.Quote.Text}\u201D").ToList(), [best.Source]);
    }

    private static int Overlap(IEnumerable<QueryTerm> terms, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return terms.Count(term => tokens.Any(t => SentenceRanker.TokenMatches(term, t)));
    }

    private static Draft? RoleHolder(QuestionAnalysis q, IReadOnlyList<Person> people, bool mustHaveSigned)
    {
        var wanted = q.Terms.Where(t => !Roles.IsSignKey(t.Key) && t.Key != q.AnswerTypeNoun).ToList();
        var roleTerms = wanted.Where(t => Roles.IsRoleKey(t.Key)).ToList();
        var otherTerms = wanted.Except(roleTerms).ToList();
        var best = people
            .Where(p => !mustHaveSigned || p.IsSignatory)
            .SelectMany(p => p.Roles.Select(role => (Person: p, Role: role, Tokens: Tokenizer.Tokenize(role))))
            .Where(x => roleTerms.All(t => x.Tokens.Any(token => SentenceRanker.TokenMatches(t, token) || (Roles.IsRoleKey(token.Key) && IsLeadership(t.Key) && IsLeadership(token.Key)))))
            .Select(x => (x.Person, x.Role, Found: otherTerms.Count(t => x.Tokens.Any(token => SentenceRanker.TokenMatches(t, token)))))
            .Where(x => x.Found == otherTerms.Count && (otherTerms.Count > 0 || roleTerms.Count > 0))
            .OrderByDescending(x => x.Found).ThenByDescending(x => x.Person.IsSignatory)
            .ToList();
        if (best.Count == 0) return null;
        var (person, role, _) = best[0];
        return new Draft(AnswerText.Sentence($"{person.Name}, {role}"), FactConfidence, [Describe(person)], person.Sources);
    }

    private static readonly HashSet<string> LeadershipKeys = ["ceo", "presid", "chief", "chairman", "chairwoman", "chair", "director", "head", "lead", "leader", "run", "boss", "execut"];

    private static bool IsLeadership(string key) => LeadershipKeys.Contains(key);

    private static Draft? Profile(Person person)
    {
        if (person.Roles.Count == 0) return null;
        var roles = string.Join(" and ", person.Roles.Take(3));
        var text = person.IsSignatory ? $"{person.Name} is {roles}, and signed the letter" : $"{person.Name} is {roles}";
        return new Draft(AnswerText.Sentence(text), FactConfidence, [Describe(person)], person.Sources);
    }

    private static Draft? Signatories(IReadOnlyList<QueryTerm> filter, IReadOnlyList<Person> people)
    {
        var signed = people.Where(p => p.IsSignatory).ToList();
        if (signed.Count == 0) return null;
        var narrowing = filter.Where(t => signed.Any(p => Mentions(p, t))).ToList();
        var chosen = narrowing.Count == 0 ? signed : signed.Where(p => narrowing.All(t => Mentions(p, t))).ToList();
        if (chosen.Count == 0) return null;
        var names = chosen.Select(p => p.Name).ToList();
        string text;
        if (names.Count == 1)
        {
            text = AnswerText.Sentence($"{NameWithRole(chosen[0])} signed the letter");
        }
        else
        {
            var shown = names.Count;
            do
            {
                var list = names.Take(shown).ToList();
                var joined = shown == names.Count
                    ? string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1]
                    : string.Join(", ", list) + " and others";
                text = $"Signatories named in the story include {joined}.";
                shown--;
            } while (text.Length > AnswerText.MaxLength && shown > 1);
        }
        return new Draft(AnswerText.Clip(text), FactConfidence, chosen.Select(Describe).ToList(), chosen.SelectMany(p => p.Sources.Take(1)).ToList());
    }

    private static bool Mentions(Person person, QueryTerm term) =>
        Tokenizer.Tokenize(person.Name + " " + string.Join(" ", person.Roles)).Any(t => SentenceRanker.TokenMatches(term, t));

    private static string NameWithRole(Person person) =>
        person.Roles.Count > 0 ? $"{person.Name} ({person.Roles[0]})" : person.Name;
}
