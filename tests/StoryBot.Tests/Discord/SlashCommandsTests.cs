using StoryBot.Commands;
using StoryBot.Discord;
using StoryBot.Discord.Models;

namespace StoryBot.Tests.Discord;

public sealed class SlashCommandsTests
{
    private static readonly CommandDefinition Config = new("config", "Server settings",
    [
        new CommandOptionDefinition("show", "Show the settings", CommandOptionType.Subcommand),
        new CommandOptionDefinition("set", "Change a setting", CommandOptionType.SubcommandGroup)
        {
            Options =
            [
                new CommandOptionDefinition("passages", "Passages per answer", CommandOptionType.Subcommand)
                {
                    Options = [new CommandOptionDefinition("count", "1 to 5", CommandOptionType.Integer, Required: true) { MinValue = 1, MaxValue = 5 }],
                },
                new CommandOptionDefinition("channel", "Where to answer", CommandOptionType.Subcommand)
                {
                    Options =
                    [
                        new CommandOptionDefinition("where", "A channel", CommandOptionType.Channel, Required: true),
                        new CommandOptionDefinition("role", "A role", CommandOptionType.Role),
                    ],
                },
                new CommandOptionDefinition("visibility", "Who sees answers", CommandOptionType.Subcommand)
                {
                    Options =
                    [
                        new CommandOptionDefinition("value", "public or private", CommandOptionType.String, Required: true, Autocomplete: true)
                        {
                            Choices = [new CommandChoice("Public", "public"), new CommandChoice("Only the asker", "ephemeral")],
                        },
                    ],
                },
            ],
        },
    ])
    {
        DefaultMemberPermissions = 32,
        AllowedInDirectMessages = false,
    };

    [Fact]
    public void A_server_only_command_sends_its_permissions_as_a_string_and_is_not_offered_in_DMs()
    {
        var command = SlashCommands.From(Config, global: true);

        Assert.Equal("32", command.DefaultMemberPermissions);
        Assert.Equal([InteractionContextType.Guild], command.Contexts);
        Assert.Null(SlashCommands.From(Config, global: false).Contexts);
    }

    [Fact]
    public void Subcommands_groups_and_typed_options_map_to_discords_types()
    {
        var options = SlashCommands.From(Config, global: true).Options!;

        Assert.Equal(ApplicationCommandOptionType.SubCommand, options[0].Type);
        var set = options[1];
        Assert.Equal(ApplicationCommandOptionType.SubCommandGroup, set.Type);
        Assert.Null(set.Required);
        var count = set.Options![0].Options![0];
        Assert.Equal((ApplicationCommandOptionType.Integer, 1d, 5d, true), (count.Type, count.MinValue, count.MaxValue, count.Required));
        Assert.Equal([ApplicationCommandOptionType.Channel, ApplicationCommandOptionType.Role], set.Options[1].Options!.Select(o => o.Type));
        var value = set.Options[2].Options![0];
        Assert.Equal(["public", "ephemeral"], value.Choices!.Select(c => c.Value.GetString()));
        Assert.Null(value.Autocomplete);
    }

    [Fact]
    public void A_channel_picker_limited_to_some_channel_types_sends_them()
    {
        var definition = new CommandDefinition("where", "Where",
        [
            new("text", "Text only", CommandOptionType.Channel) { ChannelTypes = [0, 5] },
            new("any", "Any channel", CommandOptionType.Channel),
        ]);

        var options = SlashCommands.From(definition, global: true).Options!;

        Assert.Equal([0, 5], options[0].ChannelTypes);
        Assert.Null(options[1].ChannelTypes);
    }

    [Fact]
    public void Required_options_come_first()
    {
        var definition = new CommandDefinition("pick", "Pick",
            [new("maybe", "Optional", CommandOptionType.String), new("must", "Required", CommandOptionType.String, Required: true)]);

        Assert.Equal(["must", "maybe"], SlashCommands.From(definition, global: true).Options!.Select(o => o.Name));
    }
}
