using StoryBot.Knowledge.Answering.Text;

namespace StoryBot.Knowledge.Answering;

/// <summary>A content word of the question, weighted by how much it says about the answer.</summary>
internal sealed record QueryTerm(string Key, string Text, double Weight, bool IsName);

/// <summary>
/// A question taken apart: its kind, the words that must be found in the evidence, the names it mentions and,
/// for "what group…"/"which model…", the noun that describes the answer rather than the evidence.
/// </summary>
internal sealed record QuestionAnalysis(
    string Text,
    QuestionKind Kind,
    IReadOnlyList<WordToken> Tokens,
    IReadOnlyList<QueryTerm> Terms,
    IReadOnlyList<string> Names,
    string? AnswerTypeNoun,
    string? KindOfNoun,
    bool AsksForName,
    bool IsAboutPublication,
    string? AttributedTo)
{
    public bool IsEmpty => Terms.Count == 0;

    public bool HasKey(string key) => Terms.Any(t => t.Key == key);

    public bool HasKeyOrSynonym(string key) => Terms.Any(t => t.Key == key || Synonyms.AreSynonyms(t.Key, key));
}
