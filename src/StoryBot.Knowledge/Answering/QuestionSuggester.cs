using StoryBot.Knowledge.Facts;

namespace StoryBot.Knowledge.Answering;

/// <summary>
/// Autocomplete: questions the story can answer, generated from its facts (who someone is, whether they
/// signed, what they said, who holds a role), filtered by what the user has typed so far.
/// </summary>
public sealed class QuestionSuggester
{
    public const int MaxSuggestions = 25;
    public const int MaxLength = 100;

    private readonly IReadOnlyList<string> _questions;

    internal QuestionSuggester(StoryFacts facts, bool hasArticles)
    {
        var questions = new List<string>();
        if (facts.People.Any(p => p.IsSignatory)) questions.Add("Who signed the letter?");
        foreach (var person in facts.People.Where(p => p.Kind == EntityKind.Person))
        {
            if (person.Roles.Count > 0) questions.Add($"Who is {person.Name}?");
            if (facts.QuotesBy(person).Count > 0) questions.Add($"What did {person.Name} say?");
            questions.Add($"Did {person.Name} sign the letter?");
        }
        foreach (var person in facts.People)
        {
            foreach (var role in person.Roles.Where(r => r.Split(' ').Length <= 8))
            {
                questions.Add($"Who is the {role}?");
            }
        }
        if (facts.People.Any(p => p.IsSignatory)) questions.Add("How many people signed the letter?");
        if (hasArticles)
        {
            questions.Add("When was the story published?");
            questions.Add("What is the story about?");
        }
        _questions = questions.Where(q => q.Length <= MaxLength).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public QuestionSuggester(FactBook facts, bool hasArticles) : this(StoryFacts.From(facts), hasArticles)
    {
    }

    /// <summary>Questions that start with what was typed first, then those containing all its words.</summary>
    public IReadOnlyList<string> Suggest(string? typed, int maxResults = MaxSuggestions)
    {
        var limit = Math.Clamp(maxResults, 0, MaxSuggestions);
        var text = QuestionAnalyzer.Clean(typed).Trim();
        if (text.Length == 0) return _questions.Take(limit).ToList();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var starting = _questions.Where(q => q.StartsWith(text, StringComparison.OrdinalIgnoreCase));
        var containing = _questions.Where(q => words.All(w => q.Contains(w, StringComparison.OrdinalIgnoreCase)));
        return starting.Concat(containing).Distinct().Take(limit).ToList();
    }
}
