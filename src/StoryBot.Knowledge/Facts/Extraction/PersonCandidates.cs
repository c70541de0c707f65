namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>
/// People named without a title: a name-shaped run ("Elon Musk") counts as a person when the article also calls
/// them by surname alone ("Musk said…"), when a speech verb follows ("Jane Doe said"), or when a "who" clause
/// follows ("Jane Doe, who…"). Runs starting with a known organisation ("Google Bard") are not people.
/// </summary>
internal static class PersonCandidates
{
    public static IEnumerable<string> Find(IReadOnlyList<FactSentence> sentences, IReadOnlySet<string> organisations)
    {
        var tokenised = sentences.Select(s => (s.Text, Tokens: Token.Split(s.Text))).ToList();
        var standalone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, tokens) in tokenised)
            for (var i = 0; i < tokens.Count; i++)
                if (NameRecognizer.IsNameWord(tokens[i].Bare)
                    && (i == 0 || tokens[i - 1].IsPossessive || !NameRecognizer.IsNameWord(tokens[i - 1].Bare))
                    && (tokens[i].IsPossessive || i + 1 == tokens.Count || !NameRecognizer.IsNameWord(tokens[i + 1].Bare)))
                    standalone.Add(tokens[i].Bare);

        var found = new List<string>();
        foreach (var (_, tokens) in tokenised)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (NameRecognizer.FollowsCapitalisedWord(tokens, i)) continue;
                var name = NameRecognizer.ReadPersonName(tokens, i, out var next);
                if (name is null) continue;
                i = next - 1;
                if (organisations.Contains(name.Split(' ')[0]) || found.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
                var surname = name.Split(' ')[^1];
                var speaks = next < tokens.Count && Lexicon.SpeechVerbs.Contains(tokens[next].Text);
                var who = next + 1 < tokens.Count && tokens[next].Text == "," && tokens[next + 1].Text == "who";
                if (standalone.Contains(surname) || speaks || who) found.Add(name);
            }
        }
        return found;
    }
}
