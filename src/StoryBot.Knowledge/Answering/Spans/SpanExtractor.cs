using System.Text.RegularExpressions;
using StoryBot.Knowledge.Answering.Text;

namespace StoryBot.Knowledge.Answering.Spans;

/// <summary>
/// Cuts the short answer out of an evidence sentence, by question kind: a count for "how many", a duration
/// for "how long", the agent of "organized by …" for "who organized", the phrase after "subsidiary of" for
/// "a subsidiary of what", and so on. Falls back to the sentence itself when no rule fits and the kind allows it.
/// </summary>
internal static class SpanExtractor
{
    private static readonly HashSet<string> SayVerbs = ["say", "tell", "state", "write", "tweet", "argu", "claim", "warn", "add", "believ", "think", "announc", "explain", "post"];

    private static readonly HashSet<string> QuestionAuxiliaries = ["did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "might", "may", "must"];

    private static readonly HashSet<string> DanglingPrepositions = ["of", "with", "behind", "about", "for", "to", "from", "on", "in", "at", "by", "into", "against", "after", "over", "toward", "towards", "between"];

    private static readonly HashSet<string> TrailingNoise = ["had", "have", "has", "were", "was", "are", "is", "who", "that", "which", "signed", "said", "the", "a", "an", "and", "or"];

    public static Extraction? Extract(QuestionAnalysis q, CatalogSentence s, bool roleQuestion)
    {
        var text = s.Text;
        var tokens = s.Tokens;
        if (ProfileQuestions.Subject(q) is { } subject && Profile(subject, s) is { } profile) return profile;
        return q.Kind switch
        {
            QuestionKind.HowMany => CountIn(q, s),
            QuestionKind.HowMuch => MoneyIn(q, s),
            QuestionKind.HowLong => DurationIn(q, s),
            QuestionKind.HowOld => Typed(TypedPatterns.Age().Match(text), "age"),
            QuestionKind.When => DateIn(q, s),
            QuestionKind.Where => PlaceIn(q, s) ?? Fallback(q, s),
            QuestionKind.Why => CauseIn(q, s) ?? Fallback(q, s),
            QuestionKind.YesNo => null,
            _ => Phrase(q, s, text, tokens, roleQuestion),
        };
    }

    private static Extraction? Phrase(QuestionAnalysis q, CatalogSentence s, string text, IReadOnlyList<WordToken> tokens, bool roleQuestion)
    {
        if (q.AsksForName && NameOf(q, s) is { } named) return named;
        if (q.KindOfNoun is { } noun && KindOf(noun, s) is { } kind) return kind;
        if (roleQuestion) return RoleHolder(q, s) ?? Agent(q, s) ?? Subject(q, s);
        return Threshold(q, s) ?? Examples(q, s) ?? Agent(q, s) ?? Dangling(q, s) ?? Object(q, s) ?? Relative(q, s) ?? Reported(q, s) ?? Subject(q, s)
               ?? (q.Kind is QuestionKind.Who || (q.Kind is QuestionKind.Which && q.AnswerTypeNoun is not null) ? BestName(q, s, requireRole: false) : null)
               ?? Fallback(q, s);
    }

    /// <summary>The whole sentence, when it is short enough to be an answer.</summary>
    public static Extraction? Fallback(QuestionAnalysis q, CatalogSentence s) =>
        s.Text.Length <= AnswerText.MaxLength ? new Extraction(s.Text, false, "sentence") : ClauseAroundMatches(q, s);

    private static Extraction? ClauseAroundMatches(QuestionAnalysis q, CatalogSentence s)
    {
        var parts = Regex.Split(s.Text, @"(?<=[;:—–])\s+|,\s+(?=(?:but|and|so|while|although|as well as)\b)");
        var best = parts.OrderByDescending(p => Tokenizer.Tokenize(p).Count(t => q.Terms.Any(term => SentenceRanker.TokenMatches(term, t))))
            .FirstOrDefault(p => p.Length <= AnswerText.MaxLength);
        return best is null ? null : new Extraction(best, false, "clause");
    }

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;

    /// <summary>"Which chatbots…" (a plural) over "…including OpenAI's GPT-4, Bing Chat, Google's Bard chatbot, and others".</summary>
    private static Extraction? Examples(QuestionAnalysis q, CatalogSentence s)
    {
        if (q.AnswerTypeNoun is null) return null;
        var typeWord = q.Tokens.FirstOrDefault(t => t.Key == q.AnswerTypeNoun);
        if (typeWord is null || !typeWord.Lower.EndsWith('s')) return null;
        var m = Regex.Match(s.Text, @"\b(?:including|such as)\s+([^.;:]+)");
        if (!m.Success) return null;
        // The examples must be of the asked kind: the noun ("chatbots") comes shortly before "including".
        var before = s.Tokens.Where(t => t.End <= m.Index).TakeLast(8);
        if (!before.Any(t => t.Key == typeWord.Key || Synonyms.AreSynonyms(t.Key, typeWord.Key))) return null;
        var list = Regex.Replace(m.Groups[1].Value.Trim(), @",?\s+and\s+others$", "");
        return list.Contains(',') || list.Contains(" and ") ? new Extraction(list, true, "examples") : null;
    }

    /// <summary>False for spans made only of function words and pronouns ("a", "his", "they").</summary>
    private static bool HasContent(string span) => Tokenizer.Tokenize(span).Any(t => !StopWords.Contains(t.Lower) && t.Lower is not ("himself" or "herself" or "themselves"));

    private static Extraction? Typed(Match m, string rule) => m.Success ? new Extraction(m.Value, true, rule) : null;

    private static IEnumerable<int> MatchedPositions(QuestionAnalysis q, CatalogSentence s) =>
        Enumerable.Range(0, s.Tokens.Count).Where(i => q.Terms.Any(t => SentenceRanker.TokenMatches(t, s.Tokens[i])));

    private static double Distance(QuestionAnalysis q, CatalogSentence s, int charPosition)
    {
        var positions = MatchedPositions(q, s).Select(i => Math.Abs(s.Tokens[i].Start - charPosition)).ToList();
        return positions.Count == 0 ? 1000 : positions.Min();
    }

    private static bool InQuestion(QuestionAnalysis q, string phrase)
    {
        var words = Tokenizer.Tokenize(phrase);
        return words.Count > 0 && words.All(w => q.Tokens.Any(t => t.Key == w.Key));
    }

    private static Extraction? CountIn(QuestionAnalysis q, CatalogSentence s)
    {
        var asksYear = q.HasKey("year");
        var best = TypedPatterns.Count().Matches(s.Text)
            .Where(m => !(Regex.IsMatch(m.Value, @"^(?:19|20)\d{2}\b") && !asksYear))
            .Where(m => !InQuestion(q, m.Value))
            .Select(m => (Match: m, Score: CountScore(q, s, m)))
            .OrderByDescending(x => x.Score).FirstOrDefault();
        if (best.Match is null) return null;
        var words = best.Match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && TrailingNoise.Contains(words[^1].ToLowerInvariant())) words.RemoveAt(words.Count - 1);
        return new Extraction(string.Join(' ', words), true, best.Match.Value.Any(char.IsDigit) ? "count" : "rough-count");
    }

    private static double CountScore(QuestionAnalysis q, CatalogSentence s, Match m)
    {
        var score = 0.0;
        var tokens = Tokenizer.Tokenize(m.Value);
        if (tokens.Any(t => q.Terms.Any(term => SentenceRanker.TokenMatches(term, t)))) score += 2;
        if (m.Value.Any(char.IsDigit)) score += 0.5;
        return score - Distance(q, s, m.Index) / 200.0;
    }

    private static Extraction? MoneyIn(QuestionAnalysis q, CatalogSentence s)
    {
        var money = TypedPatterns.Money().Matches(s.Text).OrderBy(m => Distance(q, s, m.Index)).FirstOrDefault();
        return money is null ? null : new Extraction(money.Value, true, "money");
    }

    private static Extraction? DurationIn(QuestionAnalysis q, CatalogSentence s)
    {
        var duration = TypedPatterns.Duration().Matches(s.Text).Where(m => !InQuestion(q, m.Value))
            .OrderBy(m => Distance(q, s, m.Index)).FirstOrDefault();
        // "a six-month pause" answers "how long" as "six months".
        if (duration is not null) return new Extraction(Regex.Replace(duration.Value, @"-(second|minute|hour|day|week|month|year|decade)$", " $1s"), true, "duration");
        var since = s.Tokens.ToList().FindIndex(t => t.Lower == "since");
        if (since >= 0 && Phrases.ClauseAfter(s.Text, s.Tokens, since) is { } clause)
        {
            return new Extraction("since " + clause, true, "since");
        }
        return null;
    }

    private static Extraction? DateIn(QuestionAnalysis q, CatalogSentence s)
    {
        var date = TypedPatterns.Date().Matches(s.Text).Where(m => !InQuestion(q, m.Value))
            .OrderBy(m => Distance(q, s, m.Index)).FirstOrDefault();
        if (date is null) return null;
        // "weeks after X" only places the event against another one: the sentence says which.
        if (Regex.IsMatch(date.Value, @"(?:after|before|earlier|later)$"))
        {
            return Fallback(q, s) is { } sentence ? sentence with { Rule = "relative-date" } : null;
        }
        return new Extraction(WithLeadingWords(s.Text, date.Index) + date.Value, true, "date");
    }

    private static readonly Regex DateLead = new(@"(?:\b(?:in|on|since|by|until|last|this|next|early|late|earlier|later)\s+){1,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"late last year", "on Tuesday": the words that place a date are kept with it.</summary>
    private static string WithLeadingWords(string text, int index)
    {
        var before = text[Math.Max(0, index - 24)..index];
        var lead = DateLead.Match(before);
        return lead.Success ? lead.Value : "";
    }

    private static Extraction? PlaceIn(QuestionAnalysis q, CatalogSentence s)
    {
        var place = TypedPatterns.Place().Matches(s.Text).Where(m => !InQuestion(q, Regex.Replace(m.Value, @"^\w+\s+", "")))
            .OrderBy(m => Distance(q, s, m.Index)).FirstOrDefault();
        return place is null ? null : new Extraction(place.Value, true, "place");
    }

    private static Extraction? CauseIn(QuestionAnalysis q, CatalogSentence s)
    {
        var cause = TypedPatterns.Cause().Match(s.Text);
        if (cause.Success)
        {
            var index = s.Tokens.ToList().FindLastIndex(t => t.End <= cause.Index + cause.Length);
            if (Phrases.ClauseAfter(s.Text, s.Tokens, index) is { } clause) return new Extraction(cause.Value + " " + clause, true, "cause");
        }
        // "A, so B": when the question is about B, A is the reason.
        var so = Regex.Match(s.Text, @",\s+so\s+");
        if (so.Success)
        {
            var after = s.Tokens.Where(t => t.Start > so.Index).ToList();
            if (after.Any(t => q.Terms.Any(term => !term.IsName && SentenceRanker.TokenMatches(term, t))))
            {
                var soIndex = s.Tokens.ToList().FindIndex(t => t.Start > so.Index);
                if (Phrases.ClauseBefore(s.Text, s.Tokens, soIndex) is { } reason) return new Extraction(reason, true, "so");
            }
        }
        return null;
    }

    /// <summary>"What is the name of Google's chatbot?" → the capitalised word next to "chatbot".</summary>
    private static Extraction? NameOf(QuestionAnalysis q, CatalogSentence s)
    {
        var headKeys = q.Terms.Where(t => !t.IsName).Select(t => t.Key).ToHashSet();
        var runs = NameRuns.Find(s.Text, s.Tokens).Where(r => !InQuestion(q, r.Text)).ToList();
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!headKeys.Contains(s.Tokens[i].Key)) continue;
            var adjacent = runs.FirstOrDefault(r => r.Last == i - 1 || (r.First > i && r.First <= i + 2));
            if (adjacent is not null) return new Extraction(adjacent.Text, true, "name-of");
        }
        return null;
    }

    /// <summary>"What kind of risk…" → the words before "risk" ("an existential risk").</summary>
    private static Extraction? KindOf(string nounKey, CatalogSentence s)
    {
        var index = s.Tokens.ToList().FindIndex(t => t.Key == nounKey);
        if (index <= 0) return null;
        var phrase = Phrases.Before(s.Text, s.Tokens, index, maxWords: 3);
        return phrase is null ? null : new Extraction(phrase + " " + s.Tokens[index].Text, true, "kind-of");
    }

    /// <summary>For "who runs/heads/is the CEO of X": the name sitting next to a role word near X.</summary>
    private static Extraction? RoleHolder(QuestionAnalysis q, CatalogSentence s) => BestName(q, s, requireRole: true);

    private static Extraction? BestName(QuestionAnalysis q, CatalogSentence s, bool requireRole)
    {
        var runs = NameRuns.Find(s.Text, s.Tokens)
            .Where(r => !InQuestion(q, r.Text))
            .Select(r => (Run: r, Role: NameRuns.HasRoleNextTo(r, s.Text, s.Tokens)))
            .Where(x => !requireRole || x.Role)
            .Select(x => (x.Run, Score: (x.Role ? (requireRole ? 1.0 : 0.15) : 0) + (x.Run.WordCount >= 2 ? (requireRole ? 0.3 : 0.1) : 0) - Distance(q, s, s.Tokens[x.Run.First].Start) / 50.0))
            .OrderByDescending(x => x.Score)
            .ToList();
        return runs.Count == 0 ? null : new Extraction(StripPossessive(runs[0].Run.Text), true, requireRole ? "role" : "name");
    }

    private static readonly HashSet<string> ThresholdWords = ["bar", "threshold", "benchmark", "cutoff", "limit", "line", "ceil", "cap", "yardstick"];

    /// <summary>"Which model sets the bar…" over "…systems more powerful than GPT-4": what the comparison is against.</summary>
    private static Extraction? Threshold(QuestionAnalysis q, CatalogSentence s)
    {
        if (!q.Terms.Any(t => ThresholdWords.Contains(t.Key))) return null;
        var than = s.Tokens.ToList().FindIndex(t => t.Lower == "than");
        if (than < 1) return null;
        var after = Phrases.After(s.Text, s.Tokens, than, maxWords: 6);
        return after is null ? null : new Extraction(after, true, "threshold");
    }

    /// <summary>"Who is Emad Mostaque?" over "…Emad Mostaque, CEO of Stability AI…" or "Apple co-founder Steve Wozniak".</summary>
    private static Extraction? Profile(string subject, CatalogSentence s)
    {
        var name = Tokenizer.Tokenize(subject).Select(t => t.Key).ToArray();
        var tokens = s.Tokens;
        for (var i = 0; i + name.Length <= tokens.Count; i++)
        {
            if (!name.Select((k, j) => tokens[i + j].Key == k).All(x => x))
            {
                // A surname alone also names the subject ("Mostaque, who…").
                if (!(name.Length > 1 && tokens[i].Key == name[^1] && tokens[i].IsCapitalized)) continue;
                if (i > 0 && tokens[i - 1].Key == name[^2]) continue;
            }
            var first = i;
            var last = tokens[i].Key == name[0] ? i + name.Length - 1 : i;
            var role = RoleBefore(s, first) ?? AppositiveAfter(s, last) ?? DescriptionBefore(s, first);
            if (role is not null) return new Extraction($"{Phrases.Span(s.Text, tokens, first, last)} is {role}", true, "profile");
        }
        return null;
    }

    private static string? RoleBefore(CatalogSentence s, int first)
    {
        var tokens = s.Tokens;
        var start = first;
        var hasRole = false;
        while (start - 1 >= 0 && !Phrases.BreakAfter(s.Text, tokens, start - 1))
        {
            var t = tokens[start - 1];
            if (NameRuns.IsRoleWord(t)) hasRole = true;
            else if (!t.IsCapitalized && !(t.Lower is "of" or "the" && JoinsName(tokens, start - 1))) break;
            start--;
        }
        while (start < first && tokens[start].Lower is "the" or "of") start++;
        return hasRole && start < first ? Phrases.Span(s.Text, tokens, start, first - 1) : null;
    }

    /// <summary>"…the popular text-to-image model Stable Diffusion" → "the popular text-to-image model".</summary>
    private static string? DescriptionBefore(CatalogSentence s, int first)
    {
        var tokens = s.Tokens;
        for (var start = first - 1; start >= 0 && start >= first - 6; start--)
        {
            if (Phrases.BreakAfter(s.Text, tokens, start)) return null;
            if (tokens[start].Lower is "the" or "a" or "an")
            {
                return start < first - 1 ? Phrases.Span(s.Text, tokens, start, first - 1) : null;
            }
            if (tokens[start].IsCapitalized || StopWords.Contains(tokens[start].Lower)) return null;
        }
        return null;
    }

    /// <summary>"of"/"the" inside a name such as "Bulletin of the Atomic Scientists".</summary>
    private static bool JoinsName(IReadOnlyList<WordToken> tokens, int at) =>
        (at - 1 >= 0 && tokens[at - 1].IsCapitalized) ||
        (at - 2 >= 0 && tokens[at - 1].Lower == "of" && tokens[at - 2].IsCapitalized);

    private static string? AppositiveAfter(CatalogSentence s, int last)
    {
        var tokens = s.Tokens;
        if (last + 1 >= tokens.Count) return null;
        var gap = s.Text[tokens[last].End..tokens[last + 1].Start];
        if (gap.Trim() != ",") return null;
        var first = last + 1;
        var end = first;
        while (end + 1 < tokens.Count && !Phrases.BreakAfter(s.Text, tokens, end)) end++;
        var opening = tokens.Skip(first).Take(3).ToList();
        var looksLikeRole = tokens[first].Lower is "a" or "an" or "the" || opening.Any(NameRuns.IsRoleWord);
        return looksLikeRole ? Phrases.Span(s.Text, tokens, first, end) : null;
    }

    /// <summary>The content word right after the question word (and its answer-type noun): "who REJECTED…".</summary>
    private static int QuestionVerb(QuestionAnalysis q)
    {
        var tokens = q.Tokens;
        var wh = tokens.ToList().FindIndex(t => t.Lower is "who" or "what" or "which" or "whom");
        if (wh < 0) return -1;
        var i = wh + 1;
        if (i < tokens.Count && q.AnswerTypeNoun is { } type && tokens[i].Key == type) i++;
        if (i >= tokens.Count || QuestionAuxiliaries.Contains(tokens[i].Lower) || StopWords.Contains(tokens[i].Lower) || tokens[i].IsCapitalized) return -1;
        return i;
    }

    private static int FindInSentence(CatalogSentence s, WordToken word, int from = 0, bool exact = false)
    {
        for (var i = from; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Key == word.Key || (!exact && Synonyms.AreSynonyms(s.Tokens[i].Key, word.Key))) return i;
        }
        return -1;
    }

    /// <summary>"Who organized the letter?" over "…organized by the Future of Life Institute…".</summary>
    private static Extraction? Agent(QuestionAnalysis q, CatalogSentence s)
    {
        if (q.Tokens.Any(t => t.Lower == "by")) return null;
        var verb = QuestionVerb(q);
        if (verb < 0) return null;
        var at = FindInSentence(s, q.Tokens[verb]);
        if (at < 0 || at + 1 >= s.Tokens.Count || s.Tokens[at + 1].Lower != "by" || Phrases.BreakAfter(s.Text, s.Tokens, at)) return null;
        var agent = Phrases.After(s.Text, s.Tokens, at + 1);
        return agent is null ? null : new Extraction(agent, true, "agent");
    }

    /// <summary>"What is DeepMind a subsidiary of?" → what follows "subsidiary of" in the sentence.</summary>
    private static Extraction? Dangling(QuestionAnalysis q, CatalogSentence s)
    {
        var tokens = q.Tokens;
        if (tokens.Count < 2 || !DanglingPrepositions.Contains(tokens[^1].Lower)) return null;
        var preposition = tokens[^1].Lower;
        var head = tokens[^2];
        for (var i = 1; i < s.Tokens.Count - 1; i++)
        {
            if (s.Tokens[i].Lower != preposition || Phrases.BreakAfter(s.Text, s.Tokens, i - 1)) continue;
            var before = s.Tokens[i - 1];
            if (before.Key != head.Key && !Synonyms.AreSynonyms(before.Key, head.Key) && before.Lower != head.Lower) continue;
            var after = Phrases.After(s.Text, s.Tokens, i);
            if (after is not null && !InQuestion(q, after)) return new Extraction(after, true, "dangling");
        }
        return null;
    }

    /// <summary>"What risks do A.I. tools present?" over "…A.I. tools present “profound risks to society…”": what follows the last word.</summary>
    private static Extraction? Object(QuestionAnalysis q, CatalogSentence s)
    {
        if (q.Kind is not (QuestionKind.What or QuestionKind.Which)) return null;
        var core = q.Tokens.TakeWhile(t => t.Lower != "according").ToList();
        if (core.Count < 3) return null;
        var last = core[^1];
        if (StopWords.Contains(last.Lower) || last.LooksLikeName || last.HasDigit) return null;
        for (var at = FindInSentence(s, last, exact: true); at >= 0; at = FindInSentence(s, last, at + 1, exact: true))
        {
            if (at == 0 || s.Tokens[at - 1].Key != core[^2].Key) continue; // the words before must agree too: "tools present"
            var after = Phrases.After(s.Text, s.Tokens, at, overOpeningQuote: true);
            if (after is not null && HasContent(after) && !InQuestion(q, after)) return new Extraction(after, true, "object");
        }
        return null;
    }

    /// <summary>"What does the letter say no one can control?" over "…digital minds that no one … can control".</summary>
    private static Extraction? Relative(QuestionAnalysis q, CatalogSentence s)
    {
        var questionWords = q.Tokens.Select(t => t.Lower).ToArray();
        for (var i = 1; i < s.Tokens.Count - 1; i++)
        {
            if (s.Tokens[i - 1].Lower is not ("that" or "which" or "who")) continue;
            for (var j = 0; j + 1 < questionWords.Length; j++)
            {
                if (questionWords[j] != s.Tokens[i].Lower || questionWords[j + 1] != s.Tokens[i + 1].Lower) continue;
                if (j > 0 && questionWords[j - 1] is "that" or "which" or "who") continue;
                var noun = Phrases.Before(s.Text, s.Tokens, i - 1)
                           ?? NameRuns.Find(s.Text, s.Tokens).LastOrDefault(r => r.Last == i - 2)?.Text; // "Ana Lopez, who voted…"
                if (noun is not null && HasContent(noun) && !InQuestion(q, noun)) return new Extraction(noun, true, "relative");
            }
        }
        return null;
    }

    /// <summary>"What did Musk tell Altman?" over "…told Altman in 2018 that he believed …".</summary>
    private static Extraction? Reported(QuestionAnalysis q, CatalogSentence s)
    {
        var verb = q.Tokens.FirstOrDefault(t => SayVerbs.Contains(t.Key) && !t.IsCapitalized);
        if (verb is null) return null;
        for (var at = FindInSentence(s, verb); at >= 0; at = FindInSentence(s, verb, at + 1))
        {
            // Skip the listener, time and place ("told Altman in 2018", "said on Twitter") to reach "that".
            var i = at + 1;
            while (i < s.Tokens.Count && i <= at + 4 && s.Tokens[i].Lower != "that" && !Phrases.BreakAfter(s.Text, s.Tokens, i - 1)) i++;
            if (i < s.Tokens.Count && s.Tokens[i].Lower == "that" && Phrases.ClauseAfter(s.Text, s.Tokens, i) is { } clause)
            {
                return new Extraction(clause, true, "reported");
            }
            var quoted = TypedPatterns.Quoted().Match(s.Text, s.Tokens[at].End);
            if (quoted.Success) return new Extraction("\u201C" + quoted.Groups[1].Value.Trim().TrimEnd(',') + "\u201D", true, "quoted");
        }
        return null;
    }

    /// <summary>"Who rejected Musk's proposal?" over "…but the other founders rejected that idea…".</summary>
    private static Extraction? Subject(QuestionAnalysis q, CatalogSentence s)
    {
        var verb = QuestionVerb(q);
        if (verb < 0) return null;
        for (var at = FindInSentence(s, q.Tokens[verb], exact: true); at >= 0; at = FindInSentence(s, q.Tokens[verb], at + 1, exact: true))
        {
            if (at == 0) continue;
            var word = s.Tokens[at];
            if (word.Lower.EndsWith("ing", StringComparison.Ordinal) && Phrases.BreakAfter(s.Text, s.Tokens, at - 1))
            {
                var cause = Phrases.ClauseBefore(s.Text, s.Tokens, at);
                if (cause is not null) return new Extraction(cause, true, "participle");
                continue;
            }
            // "…which the nonprofit Future of Life Institute released": the whole name, not its last words.
            var run = at > 0 && s.Tokens[at - 1].IsCapitalized ? NameRuns.Find(s.Text, s.Tokens).FirstOrDefault(r => r.Last == at - 1) : null;
            var subject = run?.Text ?? Phrases.Before(s.Text, s.Tokens, at);
            if (subject is null || !HasContent(subject) || InQuestion(q, subject)) continue;
            return new Extraction(subject, true, "subject");
        }
        return null;
    }
}
