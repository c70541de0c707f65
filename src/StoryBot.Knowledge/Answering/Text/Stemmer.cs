using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace StoryBot.Knowledge.Answering.Text;

/// <summary>
/// Reduces a word to the key used for matching: the Snowball English stem, after mapping irregular verb forms
/// ("told", "said", "led") to their base so a question in the present matches a story in the past.
/// </summary>
internal static class Stemmer
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["told"] = "tell", ["said"] = "say", ["says"] = "say", ["ran"] = "run", ["led"] = "lead",
        ["gave"] = "give", ["given"] = "give", ["made"] = "make", ["took"] = "take", ["taken"] = "take",
        ["wrote"] = "write", ["written"] = "write", ["began"] = "begin", ["begun"] = "begin", ["left"] = "leave",
        ["went"] = "go", ["gone"] = "go", ["came"] = "come", ["saw"] = "see", ["seen"] = "see",
        ["knew"] = "know", ["known"] = "know", ["thought"] = "think", ["brought"] = "bring", ["bought"] = "buy",
        ["sent"] = "send", ["spent"] = "spend", ["held"] = "hold", ["kept"] = "keep", ["met"] = "meet",
        ["paid"] = "pay", ["put"] = "put", ["set"] = "set", ["won"] = "win", ["lost"] = "lose", ["sold"] = "sell",
        ["spoke"] = "speak", ["spoken"] = "speak", ["chose"] = "choose", ["chosen"] = "choose", ["rose"] = "rise",
        ["fell"] = "fall", ["fallen"] = "fall", ["grew"] = "grow", ["grown"] = "grow", ["drew"] = "draw",
        ["drawn"] = "draw", ["built"] = "build", ["felt"] = "feel", ["meant"] = "mean", ["heard"] = "hear",
        ["became"] = "become", ["did"] = "do", ["does"] = "do", ["done"] = "do", ["has"] = "have", ["had"] = "have",
        ["was"] = "be", ["were"] = "be", ["is"] = "be", ["are"] = "be", ["been"] = "be", ["am"] = "be",
        ["men"] = "man", ["women"] = "woman", ["people"] = "people", ["children"] = "child",
    };

    /// <summary>Stems already computed; bounded so a flood of made-up words cannot grow it without limit.</summary>
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private const int MaxCached = 200_000;

    [ThreadStatic] private static EnglishStemmer? _snowball;

    public static string Key(string lowerWord)
    {
        if (Irregular.TryGetValue(lowerWord, out var baseForm)) return baseForm;
        if (lowerWord.Any(char.IsDigit)) return lowerWord;
        if (Cache.TryGetValue(lowerWord, out var cached)) return cached;
        var stemmer = _snowball ??= new EnglishStemmer();
        stemmer.SetCurrent(lowerWord);
        stemmer.Stem();
        var stem = stemmer.Current;
        if (Cache.Count < MaxCached) Cache.TryAdd(lowerWord, stem);
        return stem;
    }
}
