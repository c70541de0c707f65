using System.Text.RegularExpressions;
using StoryBot.Knowledge.Facts.Extraction;

namespace StoryBot.Knowledge.Facts;

/// <summary>
/// Finds quotations (straight or curly quotes, possibly spanning sentences) and who said them:
/// "…," said X / X said "…" / "…," he added / according to the letter / the letter states that "…".
/// A pronoun resolves to the person the story was last about; an unattributed quote that follows another in the
/// same paragraph continues it. Quotes of fewer than three words are scare quotes, not speech.
/// </summary>
internal static partial class QuoteExtractor
{
    private const string Marker = "\u2063QUOTE\u2063";

    public static IReadOnlyList<Quote> Extract(string articleId, IReadOnlyList<IReadOnlyList<FactSentence>> paragraphs, PersonDirectory people)
    {
        var quotes = new List<Quote>();
        string? lastSubject = null;
        foreach (var sentences in paragraphs)
        {
            if (sentences.Count == 0) continue;
            var paragraphText = Rebuild(sentences);
            var spans = QuoteSpans(paragraphText);
            string? previousSpeaker = null;
            var spanIndex = 0;
            foreach (var sentence in sentences)
            {
                var inSentence = new List<(int Start, int End)>();
                while (spanIndex < spans.Count && spans[spanIndex].Start < sentence.End)
                    inSentence.Add(spans[spanIndex++]);

                foreach (var span in inSentence)
                {
                    var quoted = CleanQuote(paragraphText[(span.Start + 1)..(span.End - 1)]);
                    if (quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) continue;
                    var last = sentences.Last(s => s.Offset < span.End);
                    var context = paragraphText[sentence.Offset..Math.Max(last.End, span.End)];
                    var local = (Start: span.Start - sentence.Offset, End: span.End - sentence.Offset);
                    var before = Blank(context[..local.Start], paragraphText, sentence.Offset, spans);
                    var after = Blank(context[local.End..], paragraphText, span.End, spans);
                    var speaker = Speaker(before, after, people, lastSubject)
                                  ?? (before.Trim().Length == 0 && after.Trim(' ', '.', ',').Length == 0 ? previousSpeaker : null);
                    if (speaker is null) continue;
                    previousSpeaker = speaker;
                    var sourceText = paragraphText[sentence.Offset..Math.Max(last.End, span.End)];
                    quotes.Add(new Quote(speaker, quoted, new FactSource(articleId, sentence.ParagraphNumber, sourceText)));
                }

                var outside = Blank(sentence.Text, paragraphText, sentence.Offset, spans);
                var subject = people.MentionsIn(outside).Select(m => m.Name).FirstOrDefault();
                if (subject is not null) lastSubject = subject;
            }
        }
        return quotes;
    }

    private static string? Speaker(string before, string after, PersonDirectory people, string? lastSubject)
    {
        if (SpeechVerbThenName().Match(after) is { Success: true } a) return Who(a.Groups["who"].Value, before, people, lastSubject);
        if (NameThenSpeechVerb().Match(after) is { Success: true } b) return Who(b.Groups["who"].Value, before, people, lastSubject);
        if (AccordingTo().Match(before + " " + after) is { Success: true } c) return Who(c.Groups["who"].Value, before, people, lastSubject);

        foreach (Match verb in SpeechVerbBefore().Matches(before).Reverse())
        {
            var subject = SubjectAt(before[..verb.Index]);
            if (subject is not null) return Who(subject, before[..verb.Index], people, lastSubject);
        }
        if (InDocument().Match(before) is { Success: true } d) return $"the {d.Groups["noun"].Value.ToLowerInvariant()}";
        return null;
    }

    // The noun phrase ending a clause: "The letter, organized by X," → "The letter"; "Mostaque also" → "Mostaque".
    private static string? SubjectAt(string prefix)
    {
        var text = prefix.TrimEnd();
        text = TrailingAdverbs().Replace(text, "");
        if (text.EndsWith(',') && text.LastIndexOf(',', text.Length - 2) is var open && open >= 0)
        {
            var clause = text[(open + 1)..^1];
            if (!clause.Contains('"') && !clause.Contains('“')) text = text[..open];
        }
        var m = TrailingSubject().Match(text);
        return m.Success ? m.Groups["who"].Value : null;
    }

    private static string? Who(string raw, string before, PersonDirectory people, string? lastSubject)
    {
        var who = raw.Trim();
        if (Lexicon.Pronouns.Contains(who))
            return people.MentionsIn(before).Select(m => m.Name).FirstOrDefault() ?? lastSubject;
        if (who.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || who.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
            || who.StartsWith("a ", StringComparison.OrdinalIgnoreCase))
        {
            var noun = who[(who.IndexOf(' ') + 1)..];
            return Lexicon.SpeakingNouns.Contains(noun.Split(' ')[^1]) ? $"the {noun.ToLowerInvariant()}" : null;
        }
        // "Yesterday Nora Quill said": sentence openers before the name are not part of it.
        var tokens = Token.Split(who).SkipWhile(t => Lexicon.NotNames.Contains(t.Text) && !Lexicon.IsConnector(t.Text)).ToList();
        if (tokens.Count == 0) return null;
        who = who[tokens[0].Start..];
        tokens = [.. Token.Split(who)];
        var known = people.Match(tokens, 0, out _);
        if (known is not null) return known;
        var full = NameRecognizer.ReadPersonName(tokens, 0, out _);
        if (full is not null) return people.Add(full);
        // An organisation or a single unknown surname can speak too: "OpenAI said in a statement".
        return tokens.All(t => t.IsWord && (t.IsCapitalised || Lexicon.IsConnector(t.Text))) && !Lexicon.NotNames.Contains(tokens[0].Text)
            ? NameRecognizer.Span(tokens, 0, tokens.Count, who, stripPossessive: true)
            : null;
    }

    /// <summary>Character ranges of quotations, each including its quote marks; straight quotes only when they pair up.</summary>
    private static List<(int Start, int End)> QuoteSpans(string text)
    {
        var spans = new List<(int, int)>();
        var straightPairs = text.Count(c => c == '"') % 2 == 0;
        var open = -1;
        var openChar = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0 && (c == '“' || c == '"' && straightPairs)) { open = i; openChar = c; }
            else if (open >= 0 && (openChar == '“' && c == '”' || openChar == '"' && c == '"'))
            {
                spans.Add((open, i + 1));
                open = -1;
            }
        }
        return spans;
    }

    private static string Rebuild(IReadOnlyList<FactSentence> sentences)
    {
        var end = sentences[^1].End;
        var chars = new string(' ', end).ToCharArray();
        foreach (var s in sentences) s.Text.CopyTo(0, chars, s.Offset, s.Text.Length);
        return new string(chars);
    }

    // Replaces other quotations inside a stretch with a marker so their words are not read as attribution.
    private static string Blank(string stretch, string paragraph, int offset, List<(int Start, int End)> spans)
    {
        var result = stretch;
        foreach (var (start, end) in spans.OrderByDescending(s => s.Start))
        {
            var s = Math.Max(start, offset) - offset;
            var e = Math.Min(end, offset + stretch.Length) - offset;
            if (s < e && s >= 0 && e <= result.Length) result = result[..s] + Marker + result[e..];
        }
        return result;
    }

    private static string CleanQuote(string text) => text.Trim().TrimEnd(',', ';', ':').Trim();

    private const string Verb = "said|says|added|adds|told|tells|wrote|writes|stated|states|warned|warns|argued|argues|noted|notes|explained|explains|asked|asks|tweeted|tweets|posted|posts|continued|continues|declared|insisted|claimed|cautioned|concluded|acknowledged|admitted|replied|responded|suggested|reads";

    [GeneratedRegex(@"^[\s,.—–-]*(?:" + Verb + @")\s+(?<who>(?:the\s+|an?\s+)?(?:open\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")]
    private static partial Regex SpeechVerbThenName();

    [GeneratedRegex(@"^[\s,.—–-]*(?<who>[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he\s+)(?:open\s+)?[a-z]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?:,[^,“”""]{1,120},)?\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?(?:" + Verb + @")\b")]
    private static partial Regex NameThenSpeechVerb();

    [GeneratedRegex(@"\baccording to\s+(?<who>(?:the\s+|an?\s+)?(?:open\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?:" + Verb + @"|say|state|write|argue|warn|note)\b")]
    private static partial Regex SpeechVerbBefore();

    [GeneratedRegex(@"(?:\s+(?:[a-z]+ly|also|has|have|had|later|then|once|previously|again|recently))+$")]
    private static partial Regex TrailingAdverbs();

    [GeneratedRegex(@"(?<who>\b(?:[Hh]e|[Ss]he|[Tt]hey)|\b(?:[Tt]he|[Aa]n?)\s+(?:open\s+)?[a-z]+|\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")]
    private static partial Regex TrailingSubject();

    [GeneratedRegex(@"\bin\s+(?:a|an|the|its|their|his|her)\s+(?:open\s+)?(?<noun>letter|statement|petition|report)\b")]
    private static partial Regex InDocument();
}
