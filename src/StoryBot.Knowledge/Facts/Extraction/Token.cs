using System.Text.RegularExpressions;

namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>A word or punctuation mark of a sentence. <see cref="Bare"/> drops a possessive "'s".</summary>
internal sealed partial record Token(string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool IsWord => char.IsLetterOrDigit(Text[0]);

    public bool IsPossessive => Text.Length > 2 && (Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal));

    public string Bare => IsPossessive ? Text[..^2] : Text;

    public bool IsCapitalised => char.IsUpper(Text[0]);

    public static IReadOnlyList<Token> Split(string text) =>
        [.. WordOrMark().Matches(text).Select(m => new Token(m.Value, m.Index))];

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")]
    private static partial Regex WordOrMark();
}
