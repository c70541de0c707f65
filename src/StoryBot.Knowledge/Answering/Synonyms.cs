using System.Collections.Frozen;
using StoryBot.Knowledge.Answering.Text;

namespace StoryBot.Knowledge.Answering;

/// <summary>
/// Paraphrase groups: a question that says "heads" finds a story that says "President", "moratorium" finds
/// "pause", "signatures" finds "added their names". Stored as matching keys, so every inflection is covered.
/// </summary>
internal static class Synonyms
{
    /// <summary>How much a synonym match counts compared with the word itself.</summary>
    public const double Weight = 0.75;

    private static readonly string[][] Groups =
    [
        ["head", "heads", "lead", "leads", "leader", "run", "runs", "boss", "chief", "ceo", "president", "chair",
            "chairman", "chairwoman", "director", "executive", "helm"],
        ["pause", "moratorium", "halt", "stop", "freeze", "suspend", "suspension", "ban"],
        ["letter", "petition", "statement", "appeal"],
        ["sign", "signatory", "signatories", "signature", "signer", "endorse", "names", "backed"],
        ["organize", "organise", "organizer", "organiser", "issue", "issued", "release", "launch", "publish",
            "coordinate", "behind"],
        ["founder", "cofounder", "co-founder", "found", "founded", "cofounded", "co-founded", "start"],
        ["company", "firm", "startup", "business", "venture", "corporation"],
        ["lab", "labs", "laboratory"],
        ["ai", "artificial", "intelligence"],
        ["model", "models", "system", "systems"],
        ["chatbot", "bot", "chat", "assistant"],
        ["risk", "danger", "threat", "peril", "hazard"],
        ["criticize", "criticise", "critic", "criticism", "attack", "slam", "blast"],
        ["feud", "rivalry", "dispute", "conflict", "fight", "quarrel"],
        ["people", "person", "persons", "individuals"],
        ["researcher", "scientist", "expert", "academic"],
        ["create", "develop", "build", "make", "design"],
        ["fund", "finance", "invest", "money", "donate", "funding", "dollars"],
        ["subsidiary", "owned", "parent", "unit", "division"],
        ["safety", "safe", "secure"],
        ["reject", "refuse", "decline", "oppose"],
        ["propose", "proposal", "proposed", "suggest", "offer", "idea"],
        ["powerful", "capable", "advanced", "strong"],
        ["leave", "quit", "walk", "exit", "depart"],
        ["large", "big", "major"],
        ["protocol", "rule", "guideline", "standard", "framework", "safeguard"],
        ["race", "competition", "rush"],
        ["twitter", "tweet", "tweeted"],
        ["stop", "pause", "halt", "cease"],
        ["image", "picture", "photo"],
        ["month", "months"],
        ["danger", "dangerous", "risky", "unsafe"],
        ["join", "joined", "sign"],
        ["warn", "warning", "caution"],
        ["trigger", "spark", "cause", "prompt", "start"],
        ["control", "govern", "regulate"],
        ["understand", "comprehend"],
        ["news", "report"],
        ["ask", "urge", "call", "demand", "request", "plead"],
        ["say", "comment", "remark", "post", "tweet", "state", "write"],
        ["society", "humanity", "world"],
    ];

    private static readonly FrozenDictionary<string, FrozenSet<string>> ByKey = BuildIndex();
    private static readonly FrozenDictionary<string, string[]> WordsByKey = BuildWords();

    /// <summary>The paraphrases of <paramref name="key"/> as written words, to search the index with.</summary>
    public static IReadOnlyList<string> WordsOf(string key) =>
        WordsByKey.TryGetValue(key, out var words) ? words : [];

    /// <summary>Keys that paraphrase <paramref name="key"/>, without the key itself.</summary>
    public static IReadOnlySet<string> Of(string key) =>
        ByKey.TryGetValue(key, out var set) ? set : FrozenSet<string>.Empty;

    public static bool AreSynonyms(string a, string b) => a != b && Of(a).Contains(b);

    private static FrozenDictionary<string, string[]> BuildWords()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            foreach (var key in group.Select(Tokenizer.KeyOf).Distinct())
            {
                if (!map.TryGetValue(key, out var words)) map[key] = words = new HashSet<string>(StringComparer.Ordinal);
                words.UnionWith(group.Where(w => Tokenizer.KeyOf(w) != key));
            }
        }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, FrozenSet<string>> BuildIndex()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var keys = group.Select(Tokenizer.KeyOf).Distinct().ToArray();
            foreach (var key in keys)
            {
                if (!map.TryGetValue(key, out var set)) map[key] = set = new HashSet<string>(StringComparer.Ordinal);
                foreach (var other in keys)
                {
                    if (other != key) set.Add(other);
                }
            }
        }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
