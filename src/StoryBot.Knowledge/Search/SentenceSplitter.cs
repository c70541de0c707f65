namespace StoryBot.Knowledge.Search;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at '.', '!' or '?' (and any closing quotes or brackets
/// after it) followed by white space and a capital letter, a digit or an opening quote — except after an
/// abbreviation ("Mr.", "Inc."), an initial ("J."), or a dotted acronym ("U.S.", "A.I.") that runs on into
/// the sentence.
/// </summary>
public static class SentenceSplitter
{
    // Titles before a name never end a sentence.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Hon", "Gen", "Gov", "Sen", "Rep", "Col", "Lt", "Sgt",
        "Capt", "Cmdr", "Adm", "Pres", "Supt", "Det", "Insp", "Fr", "St", "Mt", "Messrs", "vs", "cf",
    };

    // These end a sentence only when a typical sentence opener follows: "Apple Inc. The company…".
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr", "etc", "approx", "al",
    };

    // These stand before a number: "Mar. 29", "No. 5", "Fig. 2".
    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "Vol", "Fig", "pp", "p", "Art", "Sec", "Ch",
    };

    // Capitalised words that usually open a sentence; after a dotted acronym they mean the acronym ended it.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "If", "When", "While", "After", "Before",
        "There", "Here", "His", "Her", "Their", "Our", "My", "Some", "Many", "Most", "Other", "Others", "Still",
        "However", "Meanwhile", "Now", "Then", "Since", "Although", "Though", "What", "Who", "Why", "How",
    };

    private const string ClosingMarks = "\"'”’)]»";
    private const string OpeningMarks = "\"'“‘([«";

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
                continue;

            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' or '…'))
                end++;
            while (end < text.Length && ClosingMarks.Contains(text[end]))
                end++;
            if (end < text.Length && !char.IsWhiteSpace(text[end]))
                continue; // "3.5", "A.I", "openai.com"

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
                next++;
            if (next == text.Length)
                break;
            if (!OpensSentence(text, next))
                continue;
            if (c == '.' && end == i + 1 && !EndsSentence(text, start, i, next))
                continue;

            Add(sentences, text[start..end]);
            start = next;
            i = next - 1;
        }
        Add(sentences, text[start..]);
        return sentences;
    }

    private static bool OpensSentence(string text, int at)
    {
        var c = text[at];
        if (char.IsUpper(c) || char.IsDigit(c))
            return true;
        if (OpeningMarks.Contains(c) && at + 1 < text.Length)
            return char.IsUpper(text[at + 1]) || char.IsDigit(text[at + 1]) || OpeningMarks.Contains(text[at + 1]);
        return false;
    }

    /// <summary>Whether a single '.' at <paramref name="dot"/> ends a sentence, judging by the word before it.</summary>
    private static bool EndsSentence(string text, int sentenceStart, int dot, int nextWordStart)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && !OpeningMarks.Contains(text[wordStart - 1]))
            wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0)
            return true;
        if (word.Length == 1 && char.IsUpper(word[0]))
            return false; // an initial: "John F. Kennedy"
        if (Titles.Contains(word))
            return false;
        if (BeforeNumbers.Contains(word) && char.IsDigit(text[nextWordStart]))
            return false;
        if (Suffixes.Contains(word) || IsDottedAcronym(word))
            return SentenceOpeners.Contains(NextWord(text, nextWordStart));
        return true;
    }

    private static bool IsDottedAcronym(string word)
    {
        // "U.S", "A.I", "e.g", "Ph.D": letters separated by dots.
        if (!word.Contains('.'))
            return false;
        foreach (var part in word.Split('.'))
            if (part.Length is 0 or > 2 || !part.All(char.IsLetter))
                return false;
        return true;
    }

    private static string NextWord(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return text[at..end];
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
            sentences.Add(trimmed);
    }
}
