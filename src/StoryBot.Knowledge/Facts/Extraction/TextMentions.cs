using System.Text.RegularExpressions;

namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>Where a known name occurs in free text: whole words, any case, a possessive or plural "s" allowed.</summary>
internal static class TextMentions
{
    private static readonly HashSet<string> GroupLinks = new(StringComparer.OrdinalIgnoreCase) { "at", "from", "of", "with" };

    /// <summary>The position of the first mention of <paramref name="name"/> in <paramref name="text"/>, or -1.</summary>
    public static int Find(string text, string name, EntityKind kind)
    {
        var full = WordAt(text, name);
        if (full >= 0) return full;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (kind)
        {
            case EntityKind.Person when words.Length > 1 && words[^1].Length >= 3:
                return WordAt(text, words[^1]);
            case EntityKind.Group:
                var positions = words.Where(w => !GroupLinks.Contains(w)).Select(w => WordAt(text, w.TrimEnd('s'))).ToList();
                return positions.All(p => p >= 0) ? positions.Min() : -1;
            default:
                return -1;
        }
    }

    private static int WordAt(string text, string phrase)
    {
        var pattern = @"(?<![\p{L}\p{N}])" + Regex.Escape(phrase).Replace(@"\ ", @"\s+") + @"(?:s|'s|’s)?(?![\p{L}\p{N}])";
        var m = Regex.Match(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return m.Success ? m.Index : -1;
    }
}
