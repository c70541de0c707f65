namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>Forgiving name comparison: case, a possessive "'s", a leading "the" and surname-only forms are ignored.</summary>
internal static class NameMatcher
{
    public static string Clean(string name)
    {
        var text = name.Trim().Trim('?', '.', '!', ',', '"', '“', '”');
        if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal)) text = text[..^2];
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        return text.Trim();
    }

    /// <summary>True when <paramref name="query"/> is the full name, or the surname of a person's name.</summary>
    public static bool Matches(string name, string query)
    {
        var q = Clean(query);
        var n = Clean(name);
        if (q.Length == 0) return false;
        if (n.Equals(q, StringComparison.OrdinalIgnoreCase)) return true;
        return !q.Contains(' ') && n.Split(' ')[^1].Equals(q, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every word of <paramref name="query"/> appears among the words of <paramref name="name"/>.</summary>
    public static bool Contains(string name, string query)
    {
        var words = Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wanted = Clean(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return wanted.Length > 0 && wanted.All(w => words.Contains(w, StringComparer.OrdinalIgnoreCase));
    }
}
