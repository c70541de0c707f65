namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>
/// The people one article names, so a later "Musk" or "Musk's" resolves to "Elon Musk" from the same article.
/// </summary>
internal sealed class PersonDirectory
{
    private readonly List<string> names = [];
    private readonly Dictionary<string, List<string>> bySurname = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Names => names;

    public string Add(string fullName)
    {
        var existing = names.FirstOrDefault(n => n.Equals(fullName, StringComparison.OrdinalIgnoreCase));
        if (existing is not null) return existing;
        names.Add(fullName);
        var surname = fullName.Split(' ')[^1];
        if (!bySurname.TryGetValue(surname, out var list)) bySurname[surname] = list = [];
        list.Add(fullName);
        return fullName;
    }

    /// <summary>The full name a single word refers to, when exactly one person in the article has that surname.</summary>
    public string? BySurname(string word) =>
        bySurname.TryGetValue(word, out var list) && list.Count == 1 ? list[0] : null;

    /// <summary>A known person at token <paramref name="i"/> (full name or surname); <paramref name="next"/> is the token after.</summary>
    public string? Match(IReadOnlyList<Token> tokens, int i, out int next)
    {
        next = i;
        var full = NameRecognizer.ReadPersonName(tokens, i, out var fullEnd);
        if (full is not null)
        {
            var known = names.FirstOrDefault(n => n.Equals(full, StringComparison.OrdinalIgnoreCase));
            if (known is not null) { next = fullEnd; return known; }
        }
        if (!tokens[i].IsWord || !tokens[i].IsCapitalised) return null;
        var bySurnameMatch = BySurname(tokens[i].Bare);
        if (bySurnameMatch is null) return null;
        next = i + 1;
        return bySurnameMatch;
    }

    /// <summary>Every known person named in <paramref name="text"/>, in order of appearance.</summary>
    public IEnumerable<(string Name, int Start)> MentionsIn(string text)
    {
        var tokens = Token.Split(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var name = Match(tokens, i, out var next);
            if (name is null) continue;
            yield return (name, tokens[i].Start);
            i = next - 1;
        }
    }
}
