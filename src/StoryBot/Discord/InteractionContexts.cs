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
        return interaction.Data?.Options is { } options ? WithOptions(context, options) : context;
    }

    /// <summary>
    /// Option values by name, from the leaf options: a subcommand (inside a group or not) becomes
    /// <see cref="CommandContext.Subcommand"/> and its options the values.
    /// </summary>
    private static CommandContext WithOptions(CommandContext context, IReadOnlyList<InteractionDataOption> options)
    {
        string? subcommand = null;
        var leaves = options;
        if (leaves is [{ Type: ApplicationCommandOptionType.SubCommandGroup } group])
            leaves = group.Options ?? [];
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
        return context with { Options = values, Subcommand = subcommand };
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
