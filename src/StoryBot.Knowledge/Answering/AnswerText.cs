namespace StoryBot.Knowledge.Answering;

/// <summary>Shapes an extracted span into the reply: capitalised, one sentence, never longer than a chat line.</summary>
internal static class AnswerText
{
    public const int MaxLength = 300;

    public static string Sentence(string span, string? suffix = null)
    {
        var text = span.Trim().Trim(',', ';', ':', '—', '–', ' ');
        if (text.Length == 0) return text;
        if (char.IsLower(text[0]) && !text.StartsWith("iP", StringComparison.Ordinal)) text = char.ToUpperInvariant(text[0]) + text[1..];
        var end = text[^1];
        var closesQuote = end is '"' or '”' or '’' or ')';
        if (!closesQuote && end is not ('.' or '!' or '?' or '…')) text += ".";
        if (suffix is not null)
        {
            text = text.TrimEnd('.') + " " + suffix + (closesQuote ? "" : ".");
        }
        return Clip(text);
    }

    /// <summary>Cuts at a word boundary with an ellipsis when the text is over <see cref="MaxLength"/>.</summary>
    public static string Clip(string text, int max = MaxLength)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return text[..cut].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
