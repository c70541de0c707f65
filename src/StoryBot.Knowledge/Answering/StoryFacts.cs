using StoryBot.Knowledge.Answering.Text;
using StoryBot.Knowledge.Facts;

namespace StoryBot.Knowledge.Answering;

/// <summary>
/// The facts the answerer reads: people with roles and signatures, and quotes. A plain view over the
/// <see cref="FactBook"/> so answering can be exercised with facts written in a test.
/// </summary>
internal sealed record StoryFacts(IReadOnlyList<Person> People, IReadOnlyList<Quote> Quotes, IReadOnlyList<KeyFigure> Figures)
{
    public static readonly StoryFacts None = new([], [], []);

    // Tokenised once: both are consulted for every question and every suggestion, and a large corpus has
    // thousands of people and quotes.
    private readonly IReadOnlyList<(Person Person, string[] Name)> _nameKeys = People
        .Select(p => (p, Tokenizer.Tokenize(p.Name).Where(t => !StopWords.Contains(t.Lower)).Select(t => t.Key).ToArray()))
        .ToList();

    private readonly ILookup<string, Quote> _quotesBySurname = Quotes
        .Where(q => Tokenizer.Tokenize(q.Speaker).LastOrDefault() is not null)
        .ToLookup(q => Tokenizer.Tokenize(q.Speaker)[^1].Key, StringComparer.Ordinal);

    public static StoryFacts From(FactBook book) => new(book.People, book.Quotes, book.Figures);

    /// <summary>People the question names, by full name or (for people) surname; longest name first.</summary>
    public IReadOnlyList<Person> MentionedIn(QuestionAnalysis question)
    {
        var words = question.Tokens.Select(t => t.Key).ToArray();
        var capitalized = question.Tokens.Where(t => t.IsCapitalized || t.LooksLikeName).Select(t => t.Key).ToHashSet();
        var found = new List<(Person Person, int Length)>();
        foreach (var (person, name) in _nameKeys)
        {
            if (name.Length == 0) continue;
            if (ContainsSequence(words, name)) found.Add((person, name.Length * 2));
            else if (person.Kind == EntityKind.Person && name.Length >= 2 && capitalized.Contains(name[^1])) found.Add((person, 1));
            else if (person.Kind != EntityKind.Person && name.Length >= 2 && name.All(capitalized.Contains)) found.Add((person, name.Length));
        }
        return found.OrderByDescending(f => f.Length).Select(f => f.Person).Distinct().ToList();
    }

    public IReadOnlyList<Quote> QuotesBy(Person person)
    {
        // A speaker with the same surname covers the exact full name too; the lookup keeps story order.
        var surname = Tokenizer.Tokenize(person.Name).LastOrDefault()?.Key;
        return surname is null
            ? Quotes.Where(q => q.Speaker.Equals(person.Name, StringComparison.OrdinalIgnoreCase)).ToList()
            : _quotesBySurname[surname].ToList();
    }

    private static bool ContainsSequence(string[] words, string[] sequence)
    {
        for (var i = 0; i + sequence.Length <= words.Length; i++)
        {
            if (sequence.Select((w, k) => words[i + k] == w).All(x => x)) return true;
        }
        return false;
    }
}
