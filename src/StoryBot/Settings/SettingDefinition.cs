using System.Globalization;

namespace StoryBot.Settings;

public enum SettingKind { ChannelList, Choice, Integer, Boolean, CommandList, Role }

/// <summary>
/// One setting: its name, what it means, what values it takes and its default. Values are kept as canonical
/// strings (lists comma-separated and sorted), which is how the store saves them and the audit log records them.
/// </summary>
public sealed record SettingDefinition
{
    public required string Key { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required SettingKind Kind { get; init; }
    /// <summary>The canonical value that applies while nothing is stored.</summary>
    public required string DefaultValue { get; init; }
    public int? Min { get; init; }
    public int? Max { get; init; }
    /// <summary>Allowed values of a <see cref="SettingKind.Choice"/> or the items of a <see cref="SettingKind.CommandList"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
    /// <summary>Longest list a list setting may hold.</summary>
    public int MaxItems { get; init; } = 25;

    internal Func<GuildSettings, string, GuildSettings> Apply { get; init; } = (settings, _) => settings;
    /// <summary>This setting's canonical value in <paramref name="settings"/>.</summary>
    public required Func<GuildSettings, string> Read { get; init; }

    public bool IsList => Kind is SettingKind.ChannelList or SettingKind.CommandList;

    /// <summary>Null when <paramref name="value"/> is valid for a single-valued setting, else a sentence saying why not.</summary>
    public string? ValidateValue(string value) => Kind switch
    {
        SettingKind.Integer => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= Min && n <= Max
            ? null
            : $"{Title} must be a whole number from {Min} to {Max}.",
        SettingKind.Choice => Choices.Contains(value) ? null : $"{Title} must be one of: {string.Join(", ", Choices)}.",
        SettingKind.Boolean => value is "true" or "false" ? null : $"{Title} must be on or off.",
        SettingKind.Role => IsId(value) ? null : $"{Title} must be a role of this server.",
        _ => $"{Title} is a list: add or remove items instead.",
    };

    /// <summary>Null when <paramref name="item"/> may be added to or removed from a list setting.</summary>
    public string? ValidateItem(string item) => Kind switch
    {
        SettingKind.ChannelList => IsId(item) ? null : $"{Title} holds channels of this server.",
        SettingKind.CommandList => Choices.Contains(item)
            ? null
            : $"'{item}' is not a command that can be turned off. Choose from: {string.Join(", ", Choices)}.",
        _ => $"{Title} is not a list.",
    };

    /// <summary>The value as a moderator reads it.</summary>
    public string Display(string value) => Kind switch
    {
        SettingKind.ChannelList => value.Length == 0 ? "every channel" : string.Join(", ", SplitList(value).Select(id => $"<#{id}>")),
        SettingKind.CommandList => value.Length == 0 ? "none" : string.Join(", ", SplitList(value).Select(c => $"/{c}")),
        SettingKind.Boolean => value == "true" ? "on" : "off",
        SettingKind.Role => value.Length == 0 ? "none" : $"<@&{value}>",
        SettingKind.Integer when Key == SettingsCatalog.Cooldown.Key => value == "0" ? "none" : $"{value} s",
        _ => value,
    };

    /// <summary>The allowed values, for help text and the README.</summary>
    public string RangeText => Kind switch
    {
        SettingKind.Integer => $"{Min}–{Max}",
        SettingKind.Choice => string.Join(" or ", Choices),
        SettingKind.Boolean => "on or off",
        SettingKind.ChannelList => $"up to {MaxItems} channels",
        SettingKind.CommandList => string.Join(", ", Choices),
        SettingKind.Role => "a role, or none",
        _ => "",
    };

    public static IReadOnlyList<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string JoinList(IEnumerable<string> items) =>
        string.Join(',', items.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    // Discord ids are digits; the console uses plain names. Either way an id must not break the list format.
    private static bool IsId(string value) =>
        value.Length is > 0 and <= 100 && !value.Contains(',') && !value.Any(char.IsWhiteSpace);
}
