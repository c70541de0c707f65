using System.Text.RegularExpressions;

namespace StoryBot.Benchmarks.Corpus;

/// <summary>
/// A plain sentence splitter: a break after . ! or ? (and any closing quote) when the next word starts a sentence.
/// Good enough for news prose; initials such as "A.I. tools" stay whole because a lower-case word follows.
/// </summary>
public static partial class SentenceSplitter
{
    public static IEnumerable<string> Split(string paragraph)
    {
        foreach (var piece in Boundary().Split(paragraph))
        {
            var sentence = piece.Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }
        }
    }

    [GeneratedRegex("""(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])""")]
    private static partial Regex Boundary();
}
