using System.Text;
using StoryBot.Knowledge.Answering.Text;

namespace StoryBot.Knowledge.Answering;

/// <summary>Turns a user's question into a <see cref="QuestionAnalysis"/>. Accepts any text without throwing.</summary>
internal static class QuestionAnalyzer
{
    /// <summary>Longer input is cut: no real question needs more, and it keeps matching cheap.</summary>
    public const int MaxQuestionLength = 1000;

    private const double AnswerTypeWeight = 0.35;
    private const double NameWeight = 1.5;

    private static readonly HashSet<string> WhWords = ["who", "whom", "whose", "what", "whats", "what's", "which", "when", "where", "why", "how"];

    private static readonly HashSet<string> Auxiliaries =
    [
        "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would",
        "should", "shall", "may", "might", "must", "isn't", "didn't", "doesn't", "wasn't", "weren't", "hasn't", "haven't",
    ];

    private static readonly HashSet<string> Fillers =
    [
        "so", "and", "ok", "okay", "hey", "hi", "please", "tell", "me", "can", "could", "would", "you", "do", "i",
        "want", "to", "know", "but", "then", "well", "for", "in", "by", "since", "at", "from", "of", "us", "again",
        "wondering", "wonder", "am", "was", "just", "quick", "question", "storybot", "bot",
    ];

    private static readonly HashSet<string> ListVerbs = ["list", "name", "enumerate", "give", "show"];

    private static readonly HashSet<string> TimeNouns = ["year", "date", "day", "time", "month", "week", "hour"];

    private static readonly HashSet<string> PublicationNouns = ["story", "article", "piece", "headline", "byline", "photo", "photograph", "photographer"];

    public static QuestionAnalysis Analyze(string question)
    {
        var text = Clean(question);
        var tokens = Tokenizer.Tokenize(text);
        var lower = tokens.Select(t => t.Lower.Replace('’', '\'')).ToArray();

        string? attributedTo = null;
        var first = 0;
        if (lower.Length > 2 && lower[0] == "according" && lower[1] == "to")
        {
            var end = 2;
            var comma = text.IndexOf(',', tokens[1].End);
            while (end < tokens.Count && (comma < 0 ? !WhWords.Contains(lower[end]) && !Auxiliaries.Contains(lower[end]) : tokens[end].Start < comma)) end++;
            attributedTo = text[tokens[2].Start..tokens[Math.Max(2, end - 1)].End];
            first = end;
        }

        var (kind, whIndex) = DetectKind(lower, first);
        string? answerType = null, kindOf = null;
        var asksForName = false;
        if (whIndex >= 0 && whIndex + 1 < lower.Length)
        {
            var next = lower[whIndex + 1];
            var isWhat = kind == QuestionKind.What || kind == QuestionKind.Which;
            if (isWhat && next is "kind" or "type" or "sort" && whIndex + 3 < lower.Length && lower[whIndex + 2] == "of")
            {
                kindOf = tokens[whIndex + 3].Key;
            }
            else if (isWhat && TimeNouns.Contains(next))
            {
                kind = QuestionKind.When;
            }
            else if (isWhat && next is "number" or "percentage" or "percent")
            {
                kind = QuestionKind.HowMany;
                answerType = tokens[whIndex + 1].Key;
            }
            else if (isWhat && next is "amount" or "sum")
            {
                kind = QuestionKind.HowMuch;
            }
            else if (kind is QuestionKind.HowMany or QuestionKind.HowMuch && whIndex + 2 < lower.Length &&
                     !StopWords.Contains(lower[whIndex + 2]) && !Auxiliaries.Contains(lower[whIndex + 2]))
            {
                answerType = tokens[whIndex + 2].Key; // "how many people…": the counted noun, which the story may call "others"
            }
            else if (isWhat && !tokens[whIndex + 1].IsCapitalized && !Auxiliaries.Contains(next) && !StopWords.Contains(next))
            {
                answerType = tokens[whIndex + 1].Key;
            }
        }
        var joined = " " + string.Join(' ', lower) + " ";
        if (kind is QuestionKind.What or QuestionKind.Other && joined.Contains(" number of ", StringComparison.Ordinal))
        {
            kind = QuestionKind.HowMany; // "what is the number of signatories"
            answerType = "number";
        }
        asksForName = joined.Contains(" name of ", StringComparison.Ordinal) || joined.Contains(" called ", StringComparison.Ordinal)
            || joined.Contains(" named ", StringComparison.Ordinal);

        var names = FindNames(tokens, lower, first);
        var nameKeys = names.SelectMany(n => Tokenizer.Tokenize(n)).Select(t => t.Key).ToHashSet();
        var terms = new List<QueryTerm>();
        for (var i = first; i < tokens.Count; i++)
        {
            if (i == whIndex || StopWords.Contains(lower[i]) || WhWords.Contains(lower[i]) || Auxiliaries.Contains(lower[i])) continue;
            if (i < whIndex && Fillers.Contains(lower[i])) continue;
            var token = tokens[i];
            if (terms.Any(t => t.Key == token.Key)) continue;
            var isName = nameKeys.Contains(token.Key);
            var weight = token.Key == answerType ? AnswerTypeWeight : isName ? NameWeight : 1.0;
            terms.Add(new QueryTerm(token.Key, token.Text, weight, isName));
        }
        if (attributedTo is not null)
        {
            foreach (var token in Tokenizer.Tokenize(attributedTo))
            {
                if (StopWords.Contains(token.Lower) || terms.Any(t => t.Key == token.Key)) continue;
                terms.Add(new QueryTerm(token.Key, token.Text, token.IsCapitalized ? NameWeight : 1.0, token.IsCapitalized));
            }
        }

        var aboutPublication = lower.Any(PublicationNouns.Contains);
        return new QuestionAnalysis(text, kind, tokens, terms, names, answerType, kindOf, asksForName, aboutPublication, attributedTo);
    }

    /// <summary>Removes invisible and control characters and folds whitespace; never throws.</summary>
    public static string Clean(string? question)
    {
        if (string.IsNullOrEmpty(question)) return "";
        var builder = new StringBuilder(Math.Min(question.Length, MaxQuestionLength));
        foreach (var c in question)
        {
            if (builder.Length >= MaxQuestionLength) break;
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') continue;
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString().Trim();
    }

    private static (QuestionKind Kind, int WhIndex) DetectKind(string[] lower, int first)
    {
        for (var i = first; i < lower.Length && i < first + 7; i++)
        {
            if (WhWords.Contains(lower[i])) return (KindOf(lower, i), i);
            if (!Fillers.Contains(lower[i])) break;
        }
        if (first < lower.Length && ListVerbs.Contains(lower[first])) return (QuestionKind.List, -1);
        if (first < lower.Length && Auxiliaries.Contains(lower[first])) return (QuestionKind.YesNo, -1);
        for (var i = first; i < lower.Length; i++)
        {
            if (WhWords.Contains(lower[i])) return (KindOf(lower, i), i);
        }
        return (QuestionKind.Other, -1);
    }

    private static QuestionKind KindOf(string[] lower, int i)
    {
        var next = i + 1 < lower.Length ? lower[i + 1] : "";
        return lower[i] switch
        {
            "who" or "whom" or "whose" => QuestionKind.Who,
            "which" => QuestionKind.Which,
            "when" => QuestionKind.When,
            "where" => QuestionKind.Where,
            "why" => QuestionKind.Why,
            "how" => next switch
            {
                "many" => QuestionKind.HowMany,
                "much" => QuestionKind.HowMuch,
                "long" => QuestionKind.HowLong,
                "old" => QuestionKind.HowOld,
                _ => QuestionKind.How,
            },
            _ => QuestionKind.What,
        };
    }

    /// <summary>Capitalised runs ("Bulletin of the Atomic Scientists", "Mark Zuckerberg") and words such as "GPT-4".</summary>
    private static List<string> FindNames(IReadOnlyList<WordToken> tokens, string[] lower, int first)
    {
        var names = new List<string>();
        var i = first;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens, lower, i, first))
            {
                i++;
                continue;
            }
            var start = i;
            var end = i;
            var j = i + 1;
            while (j < tokens.Count)
            {
                if (IsNameWord(tokens, lower, j, first) && Adjacent(tokens, j - 1, j))
                {
                    end = j;
                    j++;
                }
                else if (lower[j] is "of" or "the" && j + 1 < tokens.Count && Adjacent(tokens, j - 1, j) &&
                         (IsNameWord(tokens, lower, j + 1, first) || (lower[j + 1] == "the" && j + 2 < tokens.Count && IsNameWord(tokens, lower, j + 2, first))))
                {
                    j++;
                }
                else break;
            }
            names.Add(string.Join(' ', tokens.Skip(start).Take(end - start + 1).Select(t => t.Text)));
            i = end + 1;
        }
        return names;
    }

    private static bool Adjacent(IReadOnlyList<WordToken> tokens, int a, int b) => tokens[b].Start - tokens[a].End <= 2;

    private static bool IsNameWord(IReadOnlyList<WordToken> tokens, string[] lower, int i, int first)
    {
        var token = tokens[i];
        if (!token.LooksLikeName) return false;
        if (StopWords.Contains(lower[i]) || WhWords.Contains(lower[i]) || Auxiliaries.Contains(lower[i]) || Fillers.Contains(lower[i])) return false;
        // The first word is capitalised anyway: it names something only when the next word does too ("Elon Musk").
        var plainCapital = !token.HasDigit && token.Text.Skip(1).All(c => !char.IsUpper(c));
        if (i == first && plainCapital)
        {
            return i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && !StopWords.Contains(lower[i + 1]) && !ListVerbs.Contains(lower[i]);
        }
        return true;
    }
}
