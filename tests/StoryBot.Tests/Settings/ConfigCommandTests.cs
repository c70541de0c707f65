using System.Text.RegularExpressions;
using StoryBot.Commands;
using StoryBot.Settings;
using static StoryBot.Commands.ConfigCommandDefinition;
using static StoryBot.Tests.Settings.Contexts;

namespace StoryBot.Tests.Settings;

public sealed class ConfigCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteSettingsStore _store;
    private readonly ConfigCommand _config;

    public ConfigCommandTests()
    {
        _store = Stores.Open(_folder.File("storybot.db"));
        _config = new ConfigCommand(_store);
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Show_lists_every_setting_with_its_current_value()
    {
        await Run(Moderator().Config(Set, Passages, (CountOption, "2")));
        await Run(Moderator().Config(Set, AddChannel, (ChannelOption, Newsroom)));

        var reply = await Run(Moderator().Config(null, Show));

        var fields = Assert.Single(reply.Cards).Fields.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal(SettingsCatalog.All.Select(s => s.Title), fields.Keys);
        Assert.Equal("2", fields["Passages per answer"]);
        Assert.Equal($"<#{Newsroom}>", fields["Answer channels"]);
        Assert.Equal("public", fields["Answer visibility"]);
        Assert.Equal("none", fields["Cooldown"]);
        Assert.Equal("on", fields["Answer mentions"]);
    }

    [Fact]
    public async Task Each_set_subcommand_changes_its_setting_and_says_from_what_to_what()
    {
        Assert.Equal("Passages per answer: 3 → 5.", (await Run(Moderator().Config(Set, Passages, (CountOption, "5")))).Text);
        Assert.Equal("Cooldown: none → 3600 s.", (await Run(Moderator().Config(Set, Cooldown, (SecondsOption, "3600")))).Text);
        Assert.Equal("Answer visibility: public → ephemeral.", (await Run(Moderator().Config(Set, Visibility, (ModeOption, "ephemeral")))).Text);
        Assert.Equal("Answer mentions: on → off.", (await Run(Moderator().Config(Set, Mentions, (AnswerOption, "false")))).Text);
        Assert.Equal("Disabled commands: none → /quotes.", (await Run(Moderator().Config(Set, DisableCommand, (CommandOption, "quotes")))).Text);
        Assert.Equal($"Answer channels: every channel → <#{General}>.", (await Run(Moderator().Config(Set, AddChannel, (ChannelOption, General)))).Text);
        Assert.Equal($"Moderator role: none → <@&{ModeratorsRole}>.", (await Run(Moderator().Config(Set, ModeratorRole, (RoleOption, ModeratorsRole)))).Text);

        var settings = await _store.GetAsync(Guild, default);
        Assert.Equal((5, 3600, AnswerVisibility.Ephemeral, false, ModeratorsRole), (settings.PassagesPerAnswer, settings.CooldownSeconds, settings.Visibility, settings.AnswerMentions, settings.ModeratorRoleId));
        Assert.Equal([General], settings.AnswerChannelIds);
        Assert.Equal(["quotes"], settings.DisabledCommands);

        await Run(Moderator().Config(Set, RemoveChannel, (ChannelOption, General)));
        await Run(Moderator().Config(Set, EnableCommand, (CommandOption, "quotes")));
        await Run(Moderator().Config(null, Reset, (SettingOption, "passages")));
        settings = await _store.GetAsync(Guild, default);
        Assert.Empty(settings.AnswerChannelIds);
        Assert.Empty(settings.DisabledCommands);
        Assert.Equal(3, settings.PassagesPerAnswer);
    }

    [Fact]
    public async Task Log_shows_who_changed_what_newest_first()
    {
        await Run(Moderator().Config(Set, Passages, (CountOption, "2")));
        await Run((Moderator() with { UserId = "1002", UserName = "bob" }).Config(Set, Cooldown, (SecondsOption, "15")));

        var reply = await Run(Moderator().Config(null, Log));

        var lines = Assert.Single(reply.Cards).Description!.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("bob · Cooldown: none → 15 s", lines[0]);
        Assert.Contains("alice · Passages per answer: 3 → 2", lines[1]);
    }

    [Fact]
    public async Task In_a_direct_message_config_refuses()
    {
        var reply = await Run(Moderator().Config(Set, Passages, (CountOption, "2")) with { GuildId = null });

        Assert.Contains("only inside a server", reply.Text);
        await AssertNothingChanged();
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(1UL << 13)] // Manage Messages is not Manage Server
    [InlineData(1UL << 28)] // nor is Manage Roles
    public async Task A_member_without_manage_server_or_the_moderator_role_is_refused_and_nothing_changes(ulong permissions)
    {
        foreach (var attempt in new[]
        {
            Member(permissions).Config(Set, Passages, (CountOption, "2")),
            Member(permissions).Config(null, Reset, (SettingOption, "cooldown")),
            Member(permissions).Config(null, Show),
            Member(permissions).Config(null, Log),
        })
        {
            var reply = await Run(attempt);
            Assert.Contains("Only members with the Manage Server permission", reply.Text);
        }
        await AssertNothingChanged();
    }

    [Fact]
    public async Task Administrators_and_holders_of_the_moderator_role_may_configure()
    {
        Assert.Contains("→ 2", (await Run(Member(MemberPermissions.Administrator).Config(Set, Passages, (CountOption, "2")))).Text);

        Assert.Contains("Only members", (await Run(Member(0, ModeratorsRole).Config(Set, Passages, (CountOption, "4")))).Text);
        await Run(Moderator().Config(Set, ModeratorRole, (RoleOption, ModeratorsRole)));
        Assert.Contains("→ 4", (await Run(Member(0, ModeratorsRole).Config(Set, Passages, (CountOption, "4")))).Text);
        Assert.Contains($"<@&{ModeratorsRole}> role", (await Run(Member(0, "999").Config(Set, Passages, (CountOption, "5")))).Text);
    }

    [Fact]
    public async Task A_moderator_role_that_was_deleted_stops_granting_access_without_errors()
    {
        await Run(Moderator().Config(Set, ModeratorRole, (RoleOption, ModeratorsRole)));

        // Discord drops a deleted role from every member; nobody is left holding it.
        var reply = await Run(Member(0).Config(null, Show));

        Assert.Contains("Only members", reply.Text);
        Assert.NotNull((await Run(Moderator().Config(null, Show))).Cards.SingleOrDefault());
    }

    [Theory]
    [InlineData(Passages, CountOption, "0", "from 1 to 5")]
    [InlineData(Passages, CountOption, "6", "from 1 to 5")]
    [InlineData(Passages, CountOption, "two", "from 1 to 5")]
    [InlineData(Cooldown, CountOption, "10", "Give a value")]
    [InlineData(Cooldown, SecondsOption, "-1", "from 0 to 3600")]
    [InlineData(Cooldown, SecondsOption, "3601", "from 0 to 3600")]
    [InlineData(Cooldown, SecondsOption, "99999999999999", "from 0 to 3600")]
    [InlineData(Visibility, ModeOption, "secret", "public, ephemeral")]
    [InlineData(Mentions, AnswerOption, "maybe", "on or off")]
    [InlineData(DisableCommand, CommandOption, "config", "not a command that can be turned off")]
    [InlineData(DisableCommand, CommandOption, "dance", "not a command that can be turned off")]
    [InlineData(EnableCommand, CommandOption, "", "Give a value")]
    [InlineData("colour", "value", "blue", "Unknown setting 'colour'")]
    public async Task Bad_values_get_a_clear_error_and_change_nothing(string subcommand, string option, string value, string expected)
    {
        var reply = await Run(Moderator().Config(Set, subcommand, (option, value)));

        Assert.Contains(expected, reply.Text);
        Assert.EndsWith("Nothing was changed.", reply.Text);
        await AssertNothingChanged();
    }

    [Fact]
    public async Task Resetting_an_unknown_setting_names_the_real_ones()
    {
        var reply = await Run(Moderator().Config(null, Reset, (SettingOption, "volume")));

        Assert.Contains("no setting called 'volume'", reply.Text);
        Assert.Contains("answer-channels", reply.Text);
        await AssertNothingChanged();
    }

    [Fact]
    public async Task A_forged_channel_from_another_server_or_one_discord_did_not_resolve_is_refused()
    {
        var otherServers = Moderator().Config(Set, AddChannel, (ChannelOption, "777")) with
        {
            Resolved = new Dictionary<string, ResolvedEntity> { ["777"] = new("777", ResolvedKind.Channel, OtherGuild, "their-general") },
        };
        var unresolved = Moderator().Config(Set, AddChannel, (ChannelOption, "778"));
        var roleAsChannel = Moderator().Config(Set, AddChannel, (ChannelOption, ModeratorsRole));

        foreach (var attempt in new[] { otherServers, unresolved, roleAsChannel })
        {
            Assert.Equal("That channel isn't one of this server's channels. Nothing was changed.", (await Run(attempt)).Text);
        }
        await AssertNothingChanged();
    }

    [Fact]
    public async Task A_forged_or_deleted_role_and_the_everyone_role_are_refused()
    {
        var otherServers = Moderator().Config(Set, ModeratorRole, (RoleOption, "888")) with
        {
            Resolved = new Dictionary<string, ResolvedEntity> { ["888"] = new("888", ResolvedKind.Role, OtherGuild, "their-mods") },
        };
        var unresolved = Moderator().Config(Set, ModeratorRole, (RoleOption, "889"));

        Assert.Contains("isn't one of this server's roles", (await Run(otherServers)).Text);
        Assert.Contains("isn't one of this server's roles", (await Run(unresolved)).Text);
        Assert.Contains("@everyone can't be the moderator role", (await Run(Moderator().Config(Set, ModeratorRole, (RoleOption, Guild)))).Text);
        await AssertNothingChanged();
    }

    [Fact]
    public async Task Repeating_a_change_says_there_is_nothing_to_change()
    {
        await Run(Moderator().Config(Set, AddChannel, (ChannelOption, General)));

        var reply = await Run(Moderator().Config(Set, AddChannel, (ChannelOption, General)));

        Assert.Equal($"Nothing to change: Answer channels is already <#{General}>.", reply.Text);
        Assert.Single((await _store.GetAuditLogAsync(Guild, 20, default))!);
    }

    [Fact]
    public async Task When_the_database_is_unusable_moderators_are_told_and_nothing_changes()
    {
        var path = _folder.File("broken.db");
        await File.WriteAllTextAsync(path, "not a database at all, just some text that happens to be here");
        using var broken = Stores.Open(path);
        var config = new ConfigCommand(broken);

        foreach (var attempt in new[] { Moderator().Config(null, Show), Moderator().Config(Set, Passages, (CountOption, "2")), Moderator().Config(null, Log) })
        {
            var reply = await config.ExecuteAsync(attempt, default);
            Assert.True(reply.Ephemeral);
            Assert.StartsWith("Settings are unavailable right now", reply.Text);
        }
    }

    [Fact]
    public void The_definition_is_for_server_managers_only_and_uses_discord_native_option_types()
    {
        var definition = _config.Definition;

        Assert.Equal(32UL, definition.DefaultMemberPermissions);
        Assert.False(definition.AllowedInDirectMessages);
        Assert.Equal([Show, Log, Reset, Set], definition.Options.Select(o => o.Name));
        var set = definition.Options.Single(o => o.Name == Set);
        Assert.Equal(CommandOptionType.SubcommandGroup, set.Type);
        var leaf = set.Options.ToDictionary(o => o.Name, o => Assert.Single(o.Options));
        Assert.Equal(CommandOptionType.Channel, leaf[AddChannel].Type);
        Assert.Equal([0, 5], leaf[AddChannel].ChannelTypes);
        Assert.Equal(CommandOptionType.Role, leaf[ModeratorRole].Type);
        Assert.Equal((1L, 5L), (leaf[Passages].MinValue!.Value, leaf[Passages].MaxValue!.Value));
        Assert.Equal((0L, 3600L), (leaf[Cooldown].MinValue!.Value, leaf[Cooldown].MaxValue!.Value));
        Assert.Equal(CommandOptionType.Boolean, leaf[Mentions].Type);
        Assert.Equal(["public", "ephemeral"], leaf[Visibility].Choices.Select(c => c.Value));
        Assert.Equal(StoryCommands.Configurable, leaf[DisableCommand].Choices.Select(c => c.Value));
        var reset = Assert.Single(definition.Options.Single(o => o.Name == Reset).Options);
        Assert.Equal(SettingsCatalog.All.Select(s => s.Key), reset.Choices.Select(c => c.Value));
    }

    [Fact]
    public void Every_name_and_description_fits_discords_rules()
    {
        var name = new Regex(@"^[-_'\p{Ll}\p{Lo}\p{N}]{1,32}$");
        void Check(string optionName, string description, IReadOnlyList<CommandOptionDefinition> options, IReadOnlyList<CommandChoice> choices)
        {
            Assert.Matches(name, optionName);
            Assert.InRange(description.Length, 1, 100);
            Assert.InRange(options.Count, 0, 25);
            Assert.InRange(choices.Count, 0, 25);
            Assert.All(choices, c => Assert.InRange(c.Name.Length, 1, 100));
            Assert.Equal(options.Select(o => o.Name).Distinct().Count(), options.Count);
            foreach (var option in options)
            {
                Check(option.Name, option.Description, option.Options, option.Choices);
            }
        }

        Check(_config.Definition.Name, _config.Definition.Description, _config.Definition.Options, []);
    }

    private async Task<Reply> Run(CommandContext context)
    {
        var reply = await _config.ExecuteAsync(context, default);
        Assert.True(reply.Ephemeral, "every /config reply is shown only to the moderator");
        return reply;
    }

    private async Task AssertNothingChanged()
    {
        Assert.Equal(GuildSettings.Default, await _store.GetAsync(Guild, default));
        Assert.Empty((await _store.GetAuditLogAsync(Guild, 20, default))!);
    }
}
