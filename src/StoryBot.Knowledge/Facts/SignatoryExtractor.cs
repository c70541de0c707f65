using System.Text.RegularExpressions;
using StoryBot.Knowledge.Facts.Extraction;

namespace StoryBot.Knowledge.Facts;

/// <summary>
/// Decides who signed from how the sentence says it. Each cue opens a scope of the sentence, and the people and
/// groups named inside that scope signed: lists after "signatories include" / "signed the letter, including" /
/// "Others who signed … include", subjects before "signed" / "has signed" / "as a signatory" / "joined … in urging",
/// and objects after "signed by". Being named elsewhere in the sentence is not signing ("his feud with … Sam Altman"),
/// and "did not sign" / "absent from the letter" records that someone did not.
/// </summary>
internal static partial class SignatoryExtractor
{
    public static IEnumerable<SignatoryMention> Extract(FactSentence sentence, PersonDirectory people)
    {
        var text = sentence.Text;
        var tokens = Token.Split(text);
        var refused = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (Match m in Refusal().Matches(text))
            foreach (var (name, kind) in EntitiesIn(tokens, text, 0, m.Index, people))
                if (refused.Add(name)) yield return new SignatoryMention(name, kind, false, sentence);

        var seen = new HashSet<string>(refused, StringComparer.OrdinalIgnoreCase);
        foreach (var (start, end) in Scopes(text))
            foreach (var (name, kind) in EntitiesIn(tokens, text, start, end, people))
                if (seen.Add(name)) yield return new SignatoryMention(name, kind, true, sentence);
    }

    private static IEnumerable<(int Start, int End)> Scopes(string text)
    {
        var mentionsLetter = LetterWord().IsMatch(text);
        var any = false;
        foreach (Match m in ListCue().Matches(text)) { any = true; yield return (m.Index + m.Length, text.Length); }
        foreach (Match m in SubjectCue().Matches(text))
        {
            if (Refusal().IsMatch(text[..(m.Index + m.Length)])) continue;
            any = true;
            yield return (0, m.Index);
        }
        foreach (Match m in JoinedIn().Matches(text)) { any = true; yield return (0, m.Index + m.Length); }
        foreach (Match m in SignedBy().Matches(text)) { any = true; yield return (m.Index + m.Length, text.Length); }
        if (mentionsLetter)
            foreach (Match m in UrgedCue().Matches(text)) { any = true; yield return (0, m.Index); }
        if (any && InAdditionTo().Match(text) is { Success: true } intro) yield return (0, intro.Length);
    }

    private static IEnumerable<(string Name, EntityKind Kind)> EntitiesIn(
        IReadOnlyList<Token> tokens, string text, int start, int end, PersonDirectory people)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start < start || tokens[i].End > end) continue;
            if (Lexicon.GroupWords.Contains(tokens[i].Text) && i + 2 < tokens.Count && tokens[i + 1].Text is "at" or "from" or "of" or "with")
            {
                var organisation = NameRecognizer.ReadOrganisationForward(tokens, i + 2, text, out var after);
                if (organisation is not null)
                {
                    yield return ($"{tokens[i].Text} {tokens[i + 1].Text} {organisation}", EntityKind.Group);
                    i = after - 1;
                    continue;
                }
            }
            var known = people.Match(tokens, i, out var next);
            if (known is not null)
            {
                yield return (known, EntityKind.Person);
                i = next - 1;
                continue;
            }
            if (StartsListItem(tokens, i, start) && !NameRecognizer.FollowsCapitalisedWord(tokens, i)
                && NameRecognizer.ReadPersonName(tokens, i, out var nameEnd) is { } name
                && tokens[nameEnd - 1].End <= end)
            {
                yield return (people.Add(name), EntityKind.Person);
                i = nameEnd - 1;
            }
        }
    }

    private static bool StartsListItem(IReadOnlyList<Token> tokens, int i, int scopeStart)
    {
        if (i == 0 || tokens[i - 1].End <= scopeStart) return true;
        var before = tokens[i - 1].Text;
        if (i == 1 && Lexicon.NotNames.Contains(before)) return true; // "Critics Jane Doe and …"
        return before is "," or ";" or ":" or "and" or "include" or "includes" or "included" or "including" or "as" or "like"
            or "to" or "by" or "are" or "were" or "also" or "both" or "well" or "with";
    }

    [GeneratedRegex(@"(?i)\b(?:signatories|signers|signees|co-signers|cosigners|names)\b[^.;]*?\b(?:include|included|includes|including|are|were|such as|like)\b|\bwho\s+(?:also\s+)?(?:have\s+|has\s+|had\s+)?(?:signed|co-signed|added their names)\b[^.;]*?\b(?:include|included|includes|are|were)\b|\b(?:signed|co-signed)\b[^.;]*?,\s*(?:including|among them|such as)\b")]
    private static partial Regex ListCue();

    [GeneratedRegex(@"(?i)\b(?:(?:has|have|had|also|both|all|each|reportedly)\s+)*(?:signed|co-signed|cosigned)\b(?!\s+by)|\b(?:as|among)\s+(?:an?|the)\s+(?:signatory|signatories|signer|signers)\b|\b(?:put|added|adds|puts)\s+(?:his|her|their)\s+names?\b|\bis\s+(?:a|one)\s+(?:of\s+the\s+)?(?:signatory|signatories|signer|signers)\b")]
    private static partial Regex SubjectCue();

    [GeneratedRegex(@"(?i)\bjoined\b.*?\bin\s+(?:urging|signing|calling|asking|demanding|backing|supporting)\b")]
    private static partial Regex JoinedIn();

    [GeneratedRegex(@"(?i)\bsigned\s+by\b")]
    private static partial Regex SignedBy();

    [GeneratedRegex(@"(?i)\b(?:have|has|had)\s+(?:also\s+)?(?:urged|called)\b")]
    private static partial Regex UrgedCue();

    [GeneratedRegex(@"(?i)\b(?:letter|petition)\b")]
    private static partial Regex LetterWord();

    [GeneratedRegex(@"^(?i:in addition to|besides|along with|alongside|like)\b[^,]*,")]
    private static partial Regex InAdditionTo();

    [GeneratedRegex(@"(?i)\b(?:did\s+not|didn't|didn’t|does\s+not|doesn't|doesn’t|has\s+not|hasn't|hasn’t|have\s+not|haven't|haven’t|had\s+not|never|declined\s+to|refused\s+to|won't|won’t|will\s+not|would\s+not)\s+(?:yet\s+)?(?:sign|signed|join|joined|co-sign)\b|\b(?:absent|missing)\s+from\b|\bnot\s+(?:among|one\s+of)\s+the\s+(?:signatories|signers)\b")]
    private static partial Regex Refusal();
}
