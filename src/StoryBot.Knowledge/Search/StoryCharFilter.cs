using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.CharFilters;

namespace StoryBot.Knowledge.Search;

/// <summary>
/// Normalises raw text before tokenising: drops zero-width characters and soft hyphens, and closes up
/// prefixes written with a hyphen ("co-founder", "non-profit") or, for "co", a space ("co founder"), so every
/// spelling becomes one word. Offsets are corrected, so highlights still cover the original characters.
/// </summary>
internal sealed partial class StoryCharFilter(TextReader input) : BaseCharFilter(input)
{
    private string? _output;
    private int _position;

    public override int Read(char[] buffer, int index, int count)
    {
        _output ??= Normalise(m_input.ReadToEnd());
        var n = Math.Min(count, _output.Length - _position);
        if (n <= 0)
            return 0;
        _output.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    public override int Read()
    {
        _output ??= Normalise(m_input.ReadToEnd());
        return _position < _output.Length ? _output[_position++] : -1;
    }

    private string Normalise(string text)
    {
        var deletions = new SortedDictionary<int, int>();
        foreach (Match m in Removable().Matches(text))
            deletions[m.Index] = m.Length;

        if (deletions.Count == 0)
            return text;

        var output = new StringBuilder(text.Length);
        var from = 0;
        var removed = 0;
        foreach (var (at, length) in deletions)
        {
            if (at < from)
                continue;
            output.Append(text, from, at - from);
            removed += length;
            AddOffCorrectMap(output.Length, removed);
            from = at + length;
        }
        output.Append(text, from, text.Length - from);
        return output.ToString();
    }

    // Zero-width characters and soft hyphens; the hyphen after a joining prefix; the space after a lone "co" when a
    // role follows ("co founder", "co chair") — not after "CO" in "CO emissions".
    [GeneratedRegex(@"[\u200B-\u200D\u2060\uFEFF\u00AD]+|(?<=\b(?i:co|non|pre|re|anti|multi|semi))[-\u2010\u2011](?=\p{L})|(?<=\b[Cc]o)[ \t]+(?=(?i:found|own|author|chair|host|creat|lead|sign|ceo|president|direct|sponsor|invent|write|wrote|edit|pilot|star)\p{L}*\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Removable();
}
