namespace StoryBot.Knowledge.Answering.Text;

/// <summary>Whether two words differ by at most one edit, a swapped neighbour pair counting as one ("Telsa"/"Tesla").</summary>
internal static class EditDistance
{
    public static bool WithinOne(string a, string b)
    {
        if (a == b) return true;
        if (Math.Abs(a.Length - b.Length) > 1 || Math.Min(a.Length, b.Length) < 5) return false;
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        if (a.Length == b.Length)
        {
            // One substitution, or one transposition of neighbours.
            if (a.AsSpan(prefix + 1).SequenceEqual(b.AsSpan(prefix + 1))) return true;
            return prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix] &&
                   a.AsSpan(prefix + 2).SequenceEqual(b.AsSpan(prefix + 2));
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(prefix + 1).SequenceEqual(shorter.AsSpan(prefix));
    }
}
