using StoryBot.Knowledge.Answering.Text;

namespace StoryBot.Knowledge.Answering.Spans;

/// <summary>A run of capitalised words in a sentence, by token positions.</summary>
internal sealed record NameRun(int First, int Last, string Text)
{
    public int WordCount => Last - First + 1;
}

/// <summary>
/// Finds names in a sentence ("Emad Mostaque", "Bulletin of the Atomic Scientists") and the role words next to
/// them ("CEO Sam Altman", "Emad Mostaque, CEO of…"), splitting a run at its role word so the title and the
/// organisation before it do not stick to the person.
/// </summary>
internal static class NameRuns
{
    public static readonly HashSet<string> RoleWords =
    [
        "ceo", "president", "chief", "chairman", "chairwoman", "chair", "director", "founder", "cofounder",
        "co-founder", "head", "executive", "officer", "secretary", "senator", "minister", "professor", "leader",
        "cto", "cfo", "coo", "boss", "editor", "reporter", "spokesperson", "spokesman", "spokeswoman", "partner",
        "researcher", "scientist", "engineer", "investor", "chairperson", "governor", "mayor",
    ];

    private static readonly HashSet<string> CommonSentenceStarts =
    [
        "the", "a", "an", "it", "in", "as", "but", "and", "some", "this", "that", "these", "those", "there", "he",
        "she", "they", "we", "i", "his", "her", "their", "its", "other", "others", "many", "more", "most", "several",
        "what", "when", "while", "since", "after", "before", "if", "time", "others", "according",
    ];

    public static bool IsRoleWord(WordToken token) => RoleWords.Contains(token.Lower) || token.PartKeys.Contains("founder");

    public static List<NameRun> Find(string text, IReadOnlyList<WordToken> tokens)
    {
        var runs = new List<NameRun>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens, i))
            {
                i++;
                continue;
            }
            var first = i;
            var last = i;
            var j = i + 1;
            while (j < tokens.Count && !Phrases.BreakAfter(text, tokens, j - 1))
            {
                if (IsRoleWord(tokens[j]) || IsRoleWord(tokens[last])) break;
                if (tokens[last].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[last].Text.EndsWith("’s", StringComparison.Ordinal)) break;
                if (IsNameWord(tokens, j))
                {
                    last = j;
                    j++;
                }
                else if (tokens[j].Lower is "of" or "the" or "for" && j + 1 < tokens.Count && !Phrases.BreakAfter(text, tokens, j) &&
                         (IsNameWord(tokens, j + 1) || (tokens[j + 1].Lower == "the" && j + 2 < tokens.Count && IsNameWord(tokens, j + 2))))
                {
                    j++;
                }
                else break;
            }
            var run = new NameRun(first, last, Phrases.Span(text, tokens, first, last));
            if (!IsRoleWord(tokens[first]) || first != last) runs.Add(TrimRole(run, text, tokens));
            i = last + 1;
        }
        return runs;
    }

    private static NameRun TrimRole(NameRun run, string text, IReadOnlyList<WordToken> tokens)
    {
        var first = run.First;
        while (first < run.Last && IsRoleWord(tokens[first])) first++;
        return first == run.First ? run : new NameRun(first, run.Last, Phrases.Span(text, tokens, first, run.Last));
    }

    private static bool IsNameWord(IReadOnlyList<WordToken> tokens, int i)
    {
        var token = tokens[i];
        if (!token.LooksLikeName) return false;
        if (i == 0 && CommonSentenceStarts.Contains(token.Lower)) return false;
        return !StopWords.Contains(token.Lower) || token.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && token.Text.Length > 1 && token.Lower is not ("a" or "i");
    }

    /// <summary>True when a role word sits right before the run ("CEO Sam Altman") or right after its comma ("Mostaque, CEO of").</summary>
    public static bool HasRoleNextTo(NameRun run, string text, IReadOnlyList<WordToken> tokens)
    {
        if (run.First > 0 && IsRoleWord(tokens[run.First - 1]) && !Phrases.BreakAfter(text, tokens, run.First - 1)) return true;
        for (var k = run.Last + 1; k < tokens.Count && k <= run.Last + 3; k++)
        {
            if (IsRoleWord(tokens[k])) return true;
            if (tokens[k].Lower is not ("the" or "a" or "an" or "its" or "and")) break;
        }
        return false;
    }
}
