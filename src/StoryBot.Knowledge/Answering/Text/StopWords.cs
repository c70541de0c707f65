namespace StoryBot.Knowledge.Answering.Text;

/// <summary>Words that carry no topic: they neither find evidence nor count against it.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "from", "by",
        "with", "about", "as", "into", "than", "then", "that", "this", "these", "those", "there", "here", "it", "its",
        "it's", "he", "she", "they", "them", "their", "his", "her", "hers", "him", "we", "us", "our", "you", "your",
        "i", "me", "my", "mine", "be", "is", "are", "was", "were", "been", "being", "am", "do", "does", "did", "done",
        "doing", "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "whats", "what's", "who's",
        "if", "not", "no", "any", "some", "all", "each", "every", "such", "also", "just", "very", "too", "much",
        "many", "more", "most", "other", "own", "same", "only", "tell", "please", "know", "story", "article",
        "according", "say", "said", "says", "ever", "up", "out", "over", "again", "both", "either", "neither",
        "one", "someone", "something", "anything", "thing", "things", "kind", "type", "sort", "name", "named",
        "exactly", "really", "actually", "mention", "mentioned", "mentions", "whether",
    };

    public static bool Contains(string lowerWord) => Words.Contains(lowerWord.Replace('’', '\''));
}
