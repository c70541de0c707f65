using StoryBot.Knowledge.Answering.Text;

namespace StoryBot.Knowledge.Answering;

/// <summary>Recognises "who is X?", "what is X known for?", "where is X president?": questions about one named subject.</summary>
internal static class ProfileQuestions
{
    /// <summary>Words that ask "who is this" rather than adding a topic of their own.</summary>
    private static readonly HashSet<string> Words =
        ["known", "know", "famous", "role", "job", "titl", "posit", "work", "background", "describ", "do", "person", "man", "woman", "identiti", "best"];

    /// <summary>The question's terms other than the subject's name, ignoring profile words and role words.</summary>
    public static IReadOnlyList<QueryTerm> Topic(QuestionAnalysis q, IReadOnlySet<string> subjectKeys) =>
        q.Terms.Where(t => !subjectKeys.Contains(t.Key) && !Words.Contains(t.Key) && !Roles.IsRoleKey(t.Key) && t.Key != q.AnswerTypeNoun).ToList();

    /// <summary>Verbs that ask for someone's words rather than who they are.</summary>
    public static readonly HashSet<string> QuoteVerbs =
        ["say", "tweet", "write", "state", "comment", "add", "think", "feel", "react", "respond", "argu", "claim", "warn", "quot", "tell", "believ"];

    /// <summary>The name the question asks about, when it asks nothing else; null otherwise.</summary>
    public static string? Subject(QuestionAnalysis q)
    {
        if (q.Kind is not (QuestionKind.Who or QuestionKind.What or QuestionKind.Where or QuestionKind.Other)) return null;
        if (q.Names.Count != 1 || Roles.IsRoleQuestion(q) || q.Tokens.Any(t => QuoteVerbs.Contains(t.Key))) return null;
        var keys = Tokenizer.Tokenize(q.Names[0]).Select(t => t.Key).ToHashSet();
        return Topic(q, keys).Count == 0 ? q.Names[0] : null;
    }
}
