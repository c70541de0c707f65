using StoryBot.Commands;

namespace StoryBot.Settings;

/// <summary>Discord permission bits this feature checks, and who counts as a settings moderator.</summary>
public static class MemberPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;

    public static bool CanManageServer(ulong permissions) =>
        (permissions & Administrator) != 0 || (permissions & ManageGuild) == ManageGuild;

    /// <summary>
    /// Manage Server, Administrator, or the configured moderator role. A role that was deleted from the server is
    /// simply no longer among anyone's roles, so it stops granting access by itself.
    /// </summary>
    public static bool IsSettingsModerator(CommandContext context, GuildSettings settings) =>
        CanManageServer(context.MemberPermissions)
        || (settings.ModeratorRoleId is { } roleId && context.MemberRoleIds.Contains(roleId));
}
