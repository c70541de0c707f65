namespace StoryBot.Discord;

/// <summary>Cuts text to a Discord limit cleanly: at a word boundary, ending in "…", with no bold marker left open.</summary>
public static class DiscordText
{
    public const string Ellipsis = "…";
    private const string Bold = "**";

    /// <summary><paramref name="text"/> unchanged when it fits in <paramref name="max"/> characters, else shortened to fit.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
            return text;
        if (max <= Ellipsis.Length)
            return max <= 0 ? "" : Ellipsis[..max];

        var room = max - Ellipsis.Length;
        var cut = room;
        // Break at the last space, unless that would throw away more than half of what fits.
        var space = text.LastIndexOfAny([' ', '\n', '\t'], room);
        if (space > room / 2)
            cut = space;
        if (char.IsHighSurrogate(text[cut - 1]))
            cut--;

        var head = text[..cut].TrimEnd();
        if (head.Length == 0)
            head = text[..room];
        if (CountBoldMarkers(head) % 2 == 1)
            head = head.Remove(head.LastIndexOf(Bold, StringComparison.Ordinal), Bold.Length).TrimEnd();
        return head + Ellipsis;
    }

    /// <summary>Trimmed text, or null when there is nothing to show.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static int CountBoldMarkers(string text)
    {
        var count = 0;
        for (var i = text.IndexOf(Bold, StringComparison.Ordinal); i >= 0; i = text.IndexOf(Bold, i + Bold.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
