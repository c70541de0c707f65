using System.Text.RegularExpressions;

namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>
/// Recognises names in a token stream: people as two to four name-shaped capitalised words ("Emad Mostaque"),
/// organisations as capitalised runs joined by "of", "the", "and" ("Bulletin of the Atomic Scientists").
/// </summary>
internal static partial class NameRecognizer
{
    /// <summary>A capitalised word that can be part of a person's name: "Mostaque", "O'Neil", "Jean-Luc", "McCarthy".</summary>
    public static bool IsNameWord(string word) =>
        NameShape().IsMatch(word)
        && !Lexicon.NotNames.Contains(word)
        && !Lexicon.OrganisationWords.Contains(word)
        && !Lexicon.RoleWords.Contains(word);

    /// <summary>Reads a person's name starting at <paramref name="start"/>; <paramref name="next"/> is the token after it.</summary>
    public static string? ReadPersonName(IReadOnlyList<Token> tokens, int start, out int next)
    {
        next = start;
        var i = start;
        if (i < tokens.Count && Lexicon.Honorifics.Contains(tokens[i].Bare))
        {
            i++;
            if (i < tokens.Count && tokens[i].Text == ".") i++;
        }
        var words = new List<string>();
        while (i < tokens.Count && words.Count < 4 && IsNameWord(tokens[i].Bare))
        {
            words.Add(tokens[i].Bare);
            i++;
            if (tokens[i - 1].IsPossessive) break;
        }
        // A following capitalised word that is not name-shaped ("Stability AI", "Wall Street Journal") means an organisation.
        if (words.Count < 2 || i < tokens.Count && !tokens[i - 1].IsPossessive && tokens[i].IsWord && tokens[i].IsCapitalised
            && !Lexicon.NotNames.Contains(tokens[i].Text) && !Lexicon.RoleWords.Contains(tokens[i].Text))
            return null;
        // "Acme Robotics CEO Maria Lopez": a capitalised run before a title and a name is the organisation.
        if (i + 1 < tokens.Count && !tokens[i - 1].IsPossessive && Lexicon.RoleWords.Contains(tokens[i].Text)
            && IsNameWord(tokens[i + 1].Bare))
            return null;
        next = i;
        return string.Join(' ', words);
    }

    /// <summary>True when the token before <paramref name="index"/> would make a name there the tail of a longer capitalised phrase.</summary>
    public static bool FollowsCapitalisedWord(IReadOnlyList<Token> tokens, int index) =>
        index > 0 && tokens[index - 1].IsWord && tokens[index - 1].IsCapitalised && !tokens[index - 1].IsPossessive
        && !Lexicon.NotNames.Contains(tokens[index - 1].Text) && !Lexicon.RoleWords.Contains(tokens[index - 1].Text);

    /// <summary>An organisation ending just before <paramref name="end"/>, read backwards; null when there is none.</summary>
    public static string? ReadOrganisationBackward(IReadOnlyList<Token> tokens, int end, string sentence, out int start)
    {
        start = end;
        var i = end - 1;
        var first = end;
        while (i >= 0)
        {
            var t = tokens[i];
            if (IsOrganisationWord(t) && (i == end - 1 || !t.IsPossessive)) first = i;
            else if (!(t.IsWord && Lexicon.IsConnector(t.Text)) || first == end) break;
            i--;
        }
        while (first < end && (Lexicon.IsConnector(tokens[first].Text) || Lexicon.NotNames.Contains(tokens[first].Text))) first++;
        if (first >= end) return null;
        start = first;
        return Span(tokens, first, end, sentence);
    }

    /// <summary>An organisation starting at <paramref name="start"/> (a leading "the" is skipped), read forwards.</summary>
    public static string? ReadOrganisationForward(IReadOnlyList<Token> tokens, int start, string sentence, out int next)
    {
        next = start;
        var i = start;
        while (i < tokens.Count && tokens[i].Text is "the" or "The") i++;
        var first = i;
        var last = -1;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (IsOrganisationWord(t)) { last = i; i++; if (t.IsPossessive) break; continue; }
            if (t.IsWord && Lexicon.IsConnector(t.Text) && last >= 0) { i++; continue; }
            break;
        }
        if (last < first) return null;
        next = last + 1;
        return Span(tokens, first, last + 1, sentence, stripPossessive: true);
    }

    public static string Span(IReadOnlyList<Token> tokens, int start, int endExclusive, string sentence, bool stripPossessive = false)
    {
        var text = sentence[tokens[start].Start..tokens[endExclusive - 1].End];
        return stripPossessive && tokens[endExclusive - 1].IsPossessive ? text[..^2] : text;
    }

    private static bool IsOrganisationWord(Token t) =>
        t.IsWord && (t.IsCapitalised || char.IsDigit(t.Text[0])) && !Lexicon.RoleWords.Contains(t.Bare)
        && !Lexicon.NotNames.Contains(t.Bare);

    [GeneratedRegex(@"^(?:Mc|Mac|Le|La|De|Di|Da|Du|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)*$")]
    private static partial Regex NameShape();
}
