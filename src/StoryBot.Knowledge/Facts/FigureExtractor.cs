using System.Text.RegularExpressions;
using StoryBot.Knowledge.Facts.Extraction;

namespace StoryBot.Knowledge.Facts;

/// <summary>
/// Finds stated numbers with what they count: "over 1,100 people had added their names" (label "people had added
/// their names to the letter"), "for at least six months" (label "months: …what lasts that long"), "a six-month
/// pause" (label "pause"), and thresholds such as "more powerful than GPT-4" (label "threshold"). Years, ordinals
/// and numbers inside names ("GPT-4") are not figures.
/// </summary>
internal static partial class FigureExtractor
{
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "second", "minute", "hour",
        "day", "week", "month", "year", "decade",
    };

    private static readonly HashSet<string> LabelStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "have", "has", "is", "are", "was", "were", "to", "in", "on", "of", "for", "with", "by", "that", "who",
        "which", "and", "or", "at", "from", "the", "a", "an", "as", "than", "but", "since", "after", "before",
    };

    public static IEnumerable<KeyFigure> Extract(FactSentence sentence, string articleId)
    {
        var text = sentence.Text;
        var source = new FactSource(articleId, sentence.ParagraphNumber, text);
        foreach (Match m in Number().Matches(text))
        {
            var number = m.Groups["number"].Value;
            if (IsYear(number) || m.Index > 0 && (char.IsLetter(text[m.Index - 1]) || text[m.Index - 1] is '-' or '.')) continue;
            if (m.Groups["unit"].Success)
            {
                // "six-month pause": the figure is a duration, labelled by the noun it modifies.
                var noun = WordsAfter(text, m.Index + m.Length, 1);
                yield return new KeyFigure(noun.Length > 0 ? noun : m.Groups["unit"].Value, $"{number} {Plural(m.Groups["unit"].Value)}", source);
                continue;
            }
            var after = text[(m.Index + m.Length)..];
            var nounMatch = Noun().Match(after);
            if (IsAmount(m.Value) && (!nounMatch.Success || LabelStops.Contains(nounMatch.Groups["noun"].Value)))
            {
                // "$10 million in funding", "40 percent of them": an amount that stands alone.
                var what = ClauseBefore(text, m.Index);
                yield return new KeyFigure(what.Length > 0 ? what : Clause(text, m.Index + m.Length, 8), m.Value.Trim(), source);
                continue;
            }
            if (!nounMatch.Success) continue;
            if (IsWordNumber(number) && nounMatch.Groups["of"].Success && !number.EndsWith('s')) continue; // "one of the"
            var head = nounMatch.Groups["noun"].Value;
            var valueEnd = m.Index + m.Length + nounMatch.Groups["noun"].Index + head.Length;
            if (nounMatch.Groups["noun2"].Success && !LabelStops.Contains(nounMatch.Groups["noun2"].Value))
                valueEnd = m.Index + m.Length + nounMatch.Groups["noun2"].Index + nounMatch.Groups["noun2"].Length;
            var value = text[m.Index..valueEnd].Trim();
            string label;
            if (TimeUnits.Contains(head))
            {
                var what = ClauseBefore(text, m.Index);
                label = what.Length > 0 ? $"{head}: {what}" : head;
            }
            else label = Clause(text, m.Index + m.Length + nounMatch.Groups["noun"].Index, 8);
            yield return new KeyFigure(label, value, source);
        }
        foreach (Match m in Comparison().Matches(text))
            yield return new KeyFigure("threshold", m.Value, source);
    }

    private static bool IsYear(string number) =>
        number.Length == 4 && int.TryParse(number, out var year) && year is >= 1800 and <= 2100;

    private static bool IsAmount(string value) =>
        value.IndexOfAny(['$', '€', '£', '%']) >= 0
        || Scale().IsMatch(value);

    private static bool IsWordNumber(string number) => char.IsLetter(number[0]);

    private static string Plural(string unit) => unit.EndsWith('s') ? unit : unit + "s";

    private static string WordsAfter(string text, int index, int count)
    {
        var words = text[index..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count)
            .Select(w => w.Trim(',', '.', ';', ':', '"', '”'));
        return string.Join(' ', words.Where(w => w.Length > 0 && char.IsLetter(w[0]) && !LabelStops.Contains(w)));
    }

    // The noun phrase and the rest of its clause: "people had added their names to the letter".
    private static string Clause(string text, int start, int maxWords)
    {
        var rest = text[start..];
        var cut = rest.IndexOfAny([',', ';', '.', ':', '(', '—', '–']);
        if (cut >= 0) rest = rest[..cut];
        return string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(maxWords));
    }

    // What lasts that long: the words of the clause before "for at least six months", without the preposition.
    private static string ClauseBefore(string text, int index)
    {
        var prefix = text[..index];
        var cut = prefix.LastIndexOfAny([',', ';', ':', '(', '—', '–']);
        if (cut >= 0) prefix = prefix[(cut + 1)..];
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && LabelStops.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words.TakeLast(8));
    }

    private const string Words = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens|hundreds|thousands|millions|billions|a dozen|a hundred|a thousand|a million|a billion";

    [GeneratedRegex(@"(?i)(?<qualifier>\b(?:over|more than|less than|fewer than|at least|at most|nearly|almost|about|around|roughly|some|up to|as many as|just over|just under|only)\s+)?(?<number>[$€£]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[$€£]?\d+(?:\.\d+)?|\b(?:" + Words + @"))(?:\s+(?:million|billion|thousand|hundred))?(?:\s*(?:%|percent))?(?:-(?<unit>second|minute|hour|day|week|month|year|decade)s?\b)?(?![\w,]*\d)(?!\w)")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?i)\b(?:million|billion|thousand|percent)\b")]
    private static partial Regex Scale();

    [GeneratedRegex(@"^\s+(?<of>of\s+(?:the\s+)?)?(?:(?:other|more|new|additional|of|the|[a-z]+-?[a-z]*(?:al|ive|ent|ant|ous|ful|ic|ed|ing))\s+){0,2}(?<noun>[a-z][a-z-]+)(?:\s+(?<noun2>[a-z]+s)\b)?")]
    private static partial Regex Noun();

    [GeneratedRegex(@"\b(?:more|less|bigger|larger|smaller|better|stronger|faster)\s+(?:[a-z]+\s+)?than\s+(?:[A-Z][\w]*['’]s\s+(?:[a-z]+\s+){0,2})?[A-Z][\w.]*(?:-\d+(?:\.\d+)?)?")]
    private static partial Regex Comparison();
}
