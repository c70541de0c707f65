using System.Globalization;

namespace StoryBot.Commands;

/// <summary>
/// The state a "More passages" button carries in its action id: "{command}:more:{userId}:{offset}:{queryKey}".
/// Only <see cref="UserId"/> may press it; <see cref="Offset"/> is the first passage of the page to show.
/// </summary>
public sealed record PageAction(string CommandName, string UserId, int Offset, string QueryKey)
{
    public string ToActionId() =>
        string.Create(CultureInfo.InvariantCulture, $"{CommandName}:more:{UserId}:{Offset}:{QueryKey}");

    public static string PrefixFor(string commandName) => commandName + ":more:";

    public static PageAction? TryParse(string actionId, string commandName)
    {
        var prefix = PrefixFor(commandName);
        if (!actionId.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var rest = actionId[prefix.Length..];
        var keyStart = rest.LastIndexOf(':');
        if (keyStart <= 0)
            return null;
        var offsetStart = rest.LastIndexOf(':', keyStart - 1);
        if (offsetStart <= 0
            || !int.TryParse(rest.AsSpan(offsetStart + 1, keyStart - offsetStart - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            return null;
        var key = rest[(keyStart + 1)..];
        return key.Length == 0 ? null : new PageAction(commandName, rest[..offsetStart], offset, key);
    }
}
