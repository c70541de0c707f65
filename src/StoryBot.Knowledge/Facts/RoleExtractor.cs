using System.Text.RegularExpressions;
using StoryBot.Knowledge.Facts.Extraction;

namespace StoryBot.Knowledge.Facts;

/// <summary>
/// Finds people's roles and what organisations are, from the shapes English news writing uses:
/// "Apple co-founder Steve Wozniak", "OpenAI and its CEO Sam Altman", "Emad Mostaque, CEO of Stability AI",
/// "DeepMind, an AI research lab…", "the letter, organized by the Future of Life Institute".
/// </summary>
internal static partial class RoleExtractor
{
    public static void Extract(FactSentence sentence, string articleId, List<RoleFact> roles, List<OrganisationMention> organisations)
    {
        var text = sentence.Text;
        var tokens = Token.Split(text);
        var source = new FactSource(articleId, sentence.ParagraphNumber, text);
        TitleBeforeName(tokens, text, source, roles, organisations, sentence);
        Appositives(tokens, text, source, roles, organisations, sentence);
        OrganisationAppositives(tokens, text, organisations, sentence);
        Authorship(tokens, text, organisations, sentence);
    }

    /// <summary>Appositives after a surname alone, once the article's people are known: "Bengio, director of …".</summary>
    public static void ExtractAfterSurnames(FactSentence sentence, string articleId, PersonDirectory people,
        List<RoleFact> roles, List<OrganisationMention> organisations)
    {
        var tokens = Token.Split(sentence.Text);
        Appositives(tokens, sentence.Text, new FactSource(articleId, sentence.ParagraphNumber, sentence.Text),
            roles, organisations, sentence, people);
    }

    // "Telsa and Twitter CEO Elon Musk CEO", "Pinterest cofounder Evan Sharp", "OpenAI and its CEO Sam Altman".
    private static void TitleBeforeName(IReadOnlyList<Token> tokens, string text, FactSource source,
        List<RoleFact> roles, List<OrganisationMention> organisations, FactSentence sentence)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Lexicon.RoleWords.Contains(tokens[i].Text)) continue;
            var titleEnd = i;
            if (i + 1 < tokens.Count && Lexicon.RoleWords.Contains(tokens[i + 1].Text) && tokens[i + 1].Text.Length > 1
                && !NameRecognizer.IsNameWord(tokens[i + 1].Text))
                titleEnd = i + 1; // "chief executive", "vice president"
            var name = NameRecognizer.ReadPersonName(tokens, titleEnd + 1, out _);
            if (name is null) continue;
            var title = NameRecognizer.Span(tokens, i, titleEnd + 1, text);

            // Modifiers sit between an organisation and the title: "Apple's former CEO", "former presidential candidate".
            var modifierStart = i;
            while (modifierStart > 0 && modifierStart > i - 3 && IsTitleModifier(tokens[modifierStart - 1])) modifierStart--;
            var organisation = NameRecognizer.ReadOrganisationBackward(tokens, modifierStart, text, out var orgStart);
            string phrase;
            if (organisation is not null)
            {
                phrase = NameRecognizer.Span(tokens, orgStart, titleEnd + 1, text);
                organisation = StripPossessive(organisation);
            }
            else if (modifierStart >= 1 && tokens[modifierStart - 1].Text is "its" or "his" or "her" or "their")
            {
                var ownerEnd = modifierStart - 1;
                if (ownerEnd >= 1 && tokens[ownerEnd - 1].Text == "and") ownerEnd--;
                organisation = NameRecognizer.ReadOrganisationBackward(tokens, ownerEnd, text, out _);
                var titled = NameRecognizer.Span(tokens, modifierStart, titleEnd + 1, text);
                phrase = organisation is null ? titled : $"{titled} of {organisation}";
            }
            else phrase = NameRecognizer.Span(tokens, modifierStart, titleEnd + 1, text);

            roles.Add(new RoleFact(name, phrase, title, organisation, source));
            AddOrganisations(organisation, organisations, sentence);
            i = titleEnd;
        }
    }

    // "Emad Mostaque, CEO of Stability AI", "Steve Wozniak, a co-founder of Apple", "Andrew Yang, an entrepreneur and …".
    private static void Appositives(IReadOnlyList<Token> tokens, string text, FactSource source,
        List<RoleFact> roles, List<OrganisationMention> organisations, FactSentence sentence, PersonDirectory? people = null)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NameRecognizer.FollowsCapitalisedWord(tokens, i)) continue;
            int next;
            var name = people is null ? NameRecognizer.ReadPersonName(tokens, i, out next) : people.Match(tokens, i, out next);
            if (name is null) continue;
            i = next - 1;
            if (next >= tokens.Count || tokens[next].Text != "," || tokens[next - 1].IsPossessive) continue;

            var descStart = next + 1;
            if (descStart < tokens.Count && tokens[descStart].Text is "a" or "an" or "the" or "its" or "his" or "her") descStart++;
            var descEnd = descStart;
            while (descEnd < tokens.Count && tokens[descEnd].Text is not ("," or ";" or "." or "(" or ":" or "—" or "–")
                   && tokens[descEnd].Text is not ("who" or "whose" or "which" or "that" or "said" or "says"))
                descEnd++;
            if (descEnd == descStart) continue;
            var titleIndex = -1;
            for (var k = descStart; k < Math.Min(descEnd, descStart + 5); k++)
                if (Lexicon.RoleWords.Contains(tokens[k].Text)) { titleIndex = k; break; }
            if (titleIndex < 0) continue;

            string? organisation = null;
            for (var k = titleIndex + 1; k < descEnd; k++)
            {
                if (tokens[k].Text is "of" or "at" or "for")
                {
                    organisation = NameRecognizer.ReadOrganisationForward(tokens, k + 1, text, out _);
                    if (organisation is not null) break;
                }
            }
            var phrase = NameRecognizer.Span(tokens, descStart, descEnd, text);
            roles.Add(new RoleFact(name, phrase, tokens[titleIndex].Text, organisation, source));
            AddOrganisations(organisation, organisations, sentence);
        }
    }

    // "DeepMind, an AI research lab that's a subsidiary of Google's parent company".
    private static void OrganisationAppositives(IReadOnlyList<Token> tokens, string text,
        List<OrganisationMention> organisations, FactSentence sentence)
    {
        for (var c = 1; c < tokens.Count - 2; c++)
        {
            if (tokens[c].Text != "," || tokens[c + 1].Text is not ("a" or "an" or "the")) continue;
            var organisation = NameRecognizer.ReadOrganisationBackward(tokens, c, text, out var orgStart);
            if (organisation is null || NameRecognizer.ReadPersonName(tokens, orgStart, out var personEnd) is not null && personEnd == c)
                continue;
            var end = c + 1;
            var headFound = false;
            while (end < tokens.Count && tokens[end].Text is not ("," or ";" or "." or "(" or ":"))
            {
                if (end <= c + 5 && Lexicon.OrganisationNouns.Contains(tokens[end].Text)) headFound = true;
                end++;
            }
            if (!headFound) continue;
            organisations.Add(new OrganisationMention(StripPossessive(organisation), NameRecognizer.Span(tokens, c + 1, end, text), sentence));
        }
    }

    // "The letter, organized by the Future of Life Institute", "the letter, which the nonprofit X released".
    private static void Authorship(IReadOnlyList<Token> tokens, string text, List<OrganisationMention> organisations, FactSentence sentence)
    {
        foreach (Match m in ByAuthor().Matches(text))
        {
            var at = tokens.Select((t, i) => (t, i)).First(p => p.t.Start >= m.Index + m.Length).i;
            var organisation = NameRecognizer.ReadOrganisationForward(tokens, at, text, out _);
            if (organisation is null) continue;
            var subject = SubjectBefore(text[..m.Index]);
            var description = subject is null ? null : $"{m.Groups["verb"].Value} {subject}";
            organisations.Add(new OrganisationMention(organisation, description, sentence));
        }
        foreach (Match m in WhichAuthor().Matches(text))
        {
            var at = tokens.Select((t, i) => (t, i)).First(p => p.t.Start >= m.Index + m.Length).i;
            var organisation = NameRecognizer.ReadOrganisationForward(tokens, at, text, out var next);
            if (organisation is null || next >= tokens.Count || !tokens[next].Text.EndsWith("ed", StringComparison.Ordinal)) continue;
            var subject = SubjectBefore(text[..m.Index]);
            organisations.Add(new OrganisationMention(organisation, subject is null ? null : $"{tokens[next].Text} {subject}", sentence));
        }
    }

    private static bool IsTitleModifier(Token token) =>
        token.IsWord && !token.IsCapitalised
        && (Lexicon.TitleModifiers.Contains(token.Text) || TitleModifierShape().IsMatch(token.Text));

    private static string? SubjectBefore(string prefix)
    {
        var m = TrailingNounPhrase().Match(prefix);
        return m.Success ? $"the {m.Groups["noun"].Value.ToLowerInvariant()}" : null;
    }

    private static void AddOrganisations(string? organisation, List<OrganisationMention> organisations, FactSentence sentence)
    {
        if (organisation is null) return;
        foreach (var part in organisation.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            organisations.Add(new OrganisationMention(part, null, sentence));
    }

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;

    [GeneratedRegex(@"\b(?<verb>organi[sz]ed|issued|released|published|written|drafted|launched|created|coordinated|sponsored|penned|authored|started|backed|funded|circulated|posted)\s+by\s+(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}(?=[A-Z])")]
    private static partial Regex ByAuthor();

    [GeneratedRegex(@",\s*which\s+(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}(?=[A-Z])")]
    private static partial Regex WhichAuthor();

    // Adjectives by their ending: "presidential", "technical", "executive", "academic", "legendary".
    [GeneratedRegex(@"^[a-z-]{3,}(?:al|ic|ive|ous|ary|ian|ent|ant)$")]
    private static partial Regex TitleModifierShape();

    [GeneratedRegex(@"(?i)\b(?:the|this|an?)\s+(?:open\s+)?(?<noun>[a-z]+)\s*(?:,|\bwas\b|\bis\b|\bwere\b|\bhas been\b|\bhad been\b)?\s*$")]
    private static partial Regex TrailingNounPhrase();
}
