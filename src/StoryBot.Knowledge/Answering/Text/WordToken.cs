namespace StoryBot.Knowledge.Answering.Text;

/// <summary>
/// One word of a sentence or question with its place in the original text. <see cref="Key"/> is the form used
/// for matching (lower case, stemmed, possessive and hyphens removed); <see cref="PartKeys"/> adds the keys of
/// the parts of a hyphenated word so "co-founder" matches both "cofounder" and "founder".
/// </summary>
internal sealed record WordToken(string Text, int Start, int End, string Key, IReadOnlyList<string> PartKeys)
{
    public string Lower { get; } = Text.ToLowerInvariant();

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool HasDigit => Text.Any(char.IsDigit);

    /// <summary>True for words such as "OpenAI", "GPT-4" or "iPhone" that name something whatever their position.</summary>
    public bool LooksLikeName => IsCapitalized || (HasDigit && Text.Any(char.IsLetter)) || Text.Skip(1).Any(char.IsUpper);

    public bool Matches(string key) => Key == key || PartKeys.Contains(key);
}
