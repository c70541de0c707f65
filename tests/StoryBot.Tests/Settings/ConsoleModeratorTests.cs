using StoryBot.Commands;
using StoryBot.Settings;
using static StoryBot.Commands.ConfigCommandDefinition;

namespace StoryBot.Tests.Settings;

public sealed class ConsoleModeratorTests
{
    [Fact]
    public async Task The_console_user_manages_the_local_server_and_names_channels_by_typing_them()
    {
        using var folder = new TempFolder();
        using var store = Stores.Open(folder.File("storybot.db"));
        var config = new ConfigCommand(store);
        var typed = ConsoleGuild.Context() with
        {
            SubcommandGroup = Set,
            Subcommand = AddChannel,
            Options = new Dictionary<string, string> { [ChannelOption] = "#newsroom" },
        };

        var reply = await config.ExecuteAsync(ConsoleGuild.ResolveOptions(typed, config.Definition), default);

        Assert.Equal("Answer channels: every channel → <#newsroom>.", reply.Text);
        var gate = new SettingsGate(store, new CooldownTracker(TimeProvider.System));
        var refused = Assert.IsType<GateDecision.Refuse>(await gate.CheckAsync("ask", ConsoleGuild.Context(), default));
        Assert.Contains("<#newsroom>", refused.Reply.Text);
        Assert.IsType<GateDecision.Allow>(await gate.CheckAsync("ask", ConsoleGuild.Context() with { ChannelId = "newsroom" }, default));
    }

    [Fact]
    public async Task Role_mentions_typed_at_the_console_are_resolved_as_local_roles()
    {
        using var folder = new TempFolder();
        using var store = Stores.Open(folder.File("storybot.db"));
        var config = new ConfigCommand(store);
        var typed = ConsoleGuild.Context() with
        {
            SubcommandGroup = Set,
            Subcommand = ModeratorRole,
            Options = new Dictionary<string, string> { [RoleOption] = "<@&editors>" },
        };

        var reply = await config.ExecuteAsync(ConsoleGuild.ResolveOptions(typed, config.Definition), default);

        Assert.Equal("Moderator role: none → <@&editors>.", reply.Text);
        Assert.Equal("editors", (await store.GetAsync(ConsoleGuild.GuildId, default)).ModeratorRoleId);
    }
}
