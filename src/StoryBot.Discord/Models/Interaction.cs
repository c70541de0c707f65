using System.Text.Json;

namespace StoryBot.Discord.Models;

public static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int ApplicationCommandAutocomplete = 4;
    public const int ModalSubmit = 5;
}

/// <summary>An INTERACTION_CREATE payload: a slash command, an autocomplete request or a component click.</summary>
public sealed record Interaction
{
    public required string Id { get; init; }
    public required string ApplicationId { get; init; }
    public required int Type { get; init; }
    public InteractionData? Data { get; init; }
    public string? GuildId { get; init; }
    public string? ChannelId { get; init; }
    public GuildMember? Member { get; init; }
    /// <summary>Set only in DMs; in a guild the invoker is <c>Member.User</c>.</summary>
    public DiscordUser? User { get; init; }
    public required string Token { get; init; }
    public int Version { get; init; } = 1;
    /// <summary>For component clicks: the message the component is on.</summary>
    public DiscordMessage? Message { get; init; }
    public string? AppPermissions { get; init; }
    public string? Locale { get; init; }
    public string? GuildLocale { get; init; }
    public int? Context { get; init; }

    /// <summary>Whoever triggered the interaction, in a guild or a DM.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;
}

public sealed record InteractionData
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public int? Type { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
    public ResolvedData? Resolved { get; init; }
    public string? GuildId { get; init; }
    public string? TargetId { get; init; }
    /// <summary>Component clicks: the button's custom id.</summary>
    public string? CustomId { get; init; }
    public int? ComponentType { get; init; }
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>"group sub" / "sub" when the command has subcommands, else null.</summary>
    public string? SubcommandPath
    {
        get
        {
            var first = Options is [{ Type: ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup } only] ? only : null;
            if (first is null) return null;
            return first.Type == ApplicationCommandOptionType.SubCommandGroup && first.Options is [{ } inner]
                ? $"{first.Name} {inner.Name}"
                : first.Name;
        }
    }

    /// <summary>The parameters the user filled in, looking through a subcommand (and its group) if there is one.</summary>
    public IReadOnlyList<InteractionDataOption> Parameters
    {
        get
        {
            var options = Options ?? [];
            while (options is [{ Type: ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup } nested])
                options = nested.Options ?? [];
            return options;
        }
    }

    /// <summary>The parameter called <paramref name="name"/>, or null if the user left it out.</summary>
    public InteractionDataOption? Parameter(string name) => Parameters.FirstOrDefault(o => o.Name == name);

    /// <summary>For autocomplete: the parameter being typed into.</summary>
    public InteractionDataOption? FocusedParameter => Parameters.FirstOrDefault(o => o.Focused == true);
}

/// <summary>An option the user entered. Leaves carry <see cref="Value"/>; subcommands and groups carry <see cref="Options"/>.</summary>
public sealed record InteractionDataOption
{
    public required string Name { get; init; }
    public required int Type { get; init; }
    public JsonElement? Value { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
    /// <summary>True on the option the user is typing into (autocomplete).</summary>
    public bool? Focused { get; init; }

    /// <summary>The value as text whatever its JSON type (string, number or boolean), or null for none.</summary>
    public string? ValueAsString() => Value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { } v => v.GetRawText(),
    };
}

/// <summary>Objects referenced by id from options (users, members, roles, channels), keyed by id.</summary>
public sealed record ResolvedData
{
    public IReadOnlyDictionary<string, DiscordUser>? Users { get; init; }
    public IReadOnlyDictionary<string, GuildMember>? Members { get; init; }
    public IReadOnlyDictionary<string, JsonElement>? Roles { get; init; }
    public IReadOnlyDictionary<string, JsonElement>? Channels { get; init; }
}
