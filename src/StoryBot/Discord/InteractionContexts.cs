using System.Text.Json;
using StoryBot.Commands;
using StoryBot.Discord.Models;

namespace StoryBot.Discord;

/// <summary>Reads who, where and which options from an interaction into the transport-neutral <see cref="CommandContext"/>.</summary>
public static class InteractionContexts
{
    public static CommandContext From(Interaction interaction)
    {
        var user = interaction.Invoker;
        var context = new CommandContext
        {
            UserId = user?.Id ?? "0",
            UserName = user?.GlobalName ?? user?.Username,
            GuildId = interaction.GuildId,
            ChannelId = interaction.ChannelId,
            MemberPermissions = interaction.Member?.PermissionBits ?? 0,
            MemberRoleIds = interaction.Member?.Roles ?? [],
        };
        if (interaction.Data?.Resolved is { } resolved)
            context = context with { Resolved = Resolve(resolved, interaction.GuildId) };
        return interaction.Data?.Options is { } options ? WithOptions(context, options) : context;
    }

    /// <summary>
    /// The channels, roles and users Discord resolved for the options. Discord resolves only what the picker offered,
    /// from the interaction's own server; an object that names its server keeps that one.
    /// </summary>
    private static Dictionary<string, ResolvedEntity> Resolve(ResolvedData resolved, string? guildId)
    {
        var entities = new Dictionary<string, ResolvedEntity>(StringComparer.Ordinal);
        foreach (var (id, channel) in resolved.Channels ?? new Dictionary<string, JsonElement>())
            entities[id] = new ResolvedEntity(id, ResolvedKind.Channel, Text(channel, "guild_id") ?? guildId, Text(channel, "name") ?? id);
        foreach (var (id, role) in resolved.Roles ?? new Dictionary<string, JsonElement>())
            entities[id] = new ResolvedEntity(id, ResolvedKind.Role, Text(role, "guild_id") ?? guildId, Text(role, "name") ?? id);
        foreach (var (id, user) in resolved.Users ?? new Dictionary<string, DiscordUser>())
            entities.TryAdd(id, new ResolvedEntity(id, ResolvedKind.User, guildId, user.GlobalName ?? user.Username));
        return entities;
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>
    /// Option values by name, from the leaf options: a group becomes <see cref="CommandContext.SubcommandGroup"/>, a
    /// subcommand <see cref="CommandContext.Subcommand"/>, and the subcommand's options the values.
    /// </summary>
    private static CommandContext WithOptions(CommandContext context, IReadOnlyList<InteractionDataOption> options)
    {
        string? group = null, subcommand = null;
        var leaves = options;
        if (leaves is [{ Type: ApplicationCommandOptionType.SubCommandGroup } groupOption])
        {
            group = groupOption.Name;
            leaves = groupOption.Options ?? [];
        }
        if (leaves is [{ Type: ApplicationCommandOptionType.SubCommand } sub])
        {
            subcommand = sub.Name;
            leaves = sub.Options ?? [];
        }
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in leaves)
        {
            if (option.ValueAsString() is { } value)
                values[option.Name] = value;
        }
        return context with { Options = values, Subcommand = subcommand, SubcommandGroup = group };
    }

    /// <summary>The option the user is typing into (autocomplete), wherever it is nested.</summary>
    public static InteractionDataOption? Focused(IReadOnlyList<InteractionDataOption>? options)
    {
        foreach (var option in options ?? [])
        {
            if (option.Focused == true)
                return option;
            if (Focused(option.Options) is { } nested)
                return nested;
        }
        return null;
    }
}
