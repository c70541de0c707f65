using StoryBot.Knowledge.Answering.Spans;
using StoryBot.Knowledge.Answering.Text;

namespace StoryBot.Knowledge.Answering;

/// <summary>Recognises words that ask about a role ("CEO", "heads", "runs", "cofounder") and questions built on one.</summary>
internal static class Roles
{
    private static readonly HashSet<string> RoleKeys = BuildKeys();

    private static readonly HashSet<string> SignKeys = ["sign", "signatori", "signatur", "signer", "endors"];

    public static bool IsRoleKey(string key) => RoleKeys.Contains(key);

    public static bool AsksAboutSigning(QuestionAnalysis q) => q.Terms.Any(t => IsSignKey(t.Key));

    public static bool IsSignKey(string key) => SignKeys.Contains(key) || Synonyms.Of(key).Contains("sign") && key != "name";

    /// <summary>
    /// "Who is the CEO of…", "Who runs…", "Which Pinterest cofounder…": the first content word after the
    /// question word (names aside) is a role.
    /// </summary>
    public static bool IsRoleQuestion(QuestionAnalysis q)
    {
        if (q.Kind is not (QuestionKind.Who or QuestionKind.Which)) return false;
        var wh = q.Tokens.ToList().FindIndex(t => t.Lower is "who" or "which" or "whom");
        if (wh < 0) return false;
        for (var i = wh + 1; i < q.Tokens.Count && i <= wh + 6; i++)
        {
            var token = q.Tokens[i];
            if (token.Lower is "is" or "are" or "was" or "were" or "the" or "a" or "an" or "its" or "current") continue;
            if (IsRoleKey(token.Key) || token.PartKeys.Any(IsRoleKey)) return true;
            if (token.LooksLikeName) continue;
            return false;
        }
        return false;
    }

    private static HashSet<string> BuildKeys()
    {
        var keys = NameRuns.RoleWords.Select(Tokenizer.KeyOf).ToHashSet();
        foreach (var word in new[] { "head", "heads", "lead", "leads", "run", "runs", "boss", "founded", "cofounded", "co-founded", "chief" })
        {
            keys.Add(Tokenizer.KeyOf(word));
        }
        return keys;
    }
}
