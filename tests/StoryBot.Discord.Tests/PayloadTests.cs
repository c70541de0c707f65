using System.Text.Json;
using StoryBot.Discord.Models;

namespace StoryBot.Discord.Tests;

public sealed class PayloadTests
{
    [Fact]
    public void Reads_an_autocomplete_interaction_with_a_subcommand_group_and_a_focused_option()
    {
        const string json = """
            { "id": "7001", "application_id": "555", "type": 4, "token": "tok", "version": 1, "guild_id": "111", "channel_id": "333",
              "member": { "user": { "id": "444", "username": "alice" }, "roles": ["9"], "permissions": "2147552256" },
              "data": { "id": "8001", "name": "facts", "type": 1, "options": [
                { "name": "people", "type": 2, "options": [
                  { "name": "find", "type": 1, "options": [
                    { "name": "name", "type": 3, "value": "Bro", "focused": true },
                    { "name": "limit", "type": 4, "value": 5 } ] } ] } ] } }
            """;

        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;

        Assert.Equal("people find", interaction.Data!.SubcommandPath);
        Assert.Equal("Bro", interaction.Data.FocusedParameter!.ValueAsString());
        Assert.Equal("5", interaction.Data.Parameter("limit")!.ValueAsString());
        Assert.Null(interaction.Data.Parameter("missing"));
        Assert.Equal("444", interaction.Invoker!.Id);
        Assert.Equal(2147552256UL, interaction.Member!.PermissionBits);
    }

    [Fact]
    public void Reads_a_button_click_with_its_custom_id_and_message()
    {
        const string json = """
            { "id": "1", "application_id": "555", "type": 3, "token": "tok", "channel_id": "333", "user": { "id": "444", "username": "bob" },
              "data": { "custom_id": "more:2:444", "component_type": 2 },
              "message": { "id": "900", "channel_id": "333", "content": "", "author": { "id": "555", "username": "bot", "bot": true } } }
            """;

        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;

        Assert.Equal("more:2:444", interaction.Data!.CustomId);
        Assert.Equal("900", interaction.Message!.Id);
        Assert.True(interaction.Message.IsFromBot);
        Assert.Equal("444", interaction.Invoker!.Id);
        Assert.Null(interaction.GuildId);
    }

    [Fact]
    public void Writes_snake_case_without_nulls_and_permissions_as_a_string()
    {
        var command = new ApplicationCommand { Name = "settings", Description = "d", DefaultMemberPermissions = "32", Contexts = [0] };
        var response = InteractionResponse.Message(new InteractionCallbackData { Content = "hi" });

        var commandJson = JsonSerializer.Serialize(command, DiscordJsonContext.Default.ApplicationCommand);
        var responseJson = JsonSerializer.Serialize(response, DiscordJsonContext.Default.InteractionResponse);

        Assert.Equal("""{"name":"settings","description":"d","type":1,"default_member_permissions":"32","contexts":[0]}""", commandJson);
        Assert.Equal("""{"type":4,"data":{"content":"hi","allowed_mentions":{"parse":[],"replied_user":false}}}""", responseJson);
    }

    [Fact]
    public void A_defer_and_an_autocomplete_answer_carry_no_message_fields()
    {
        Assert.Equal("""{"type":5}""", JsonSerializer.Serialize(InteractionResponse.Defer(), DiscordJsonContext.Default.InteractionResponse));
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", JsonSerializer.Serialize(InteractionResponse.Defer(ephemeral: true), DiscordJsonContext.Default.InteractionResponse));
        Assert.Equal("""{"type":8,"data":{"choices":[{"name":"A","value":"a"}]}}""",
            JsonSerializer.Serialize(InteractionResponse.Autocomplete([ApplicationCommandOptionChoice.Of("A", "a")]), DiscordJsonContext.Default.InteractionResponse));
    }

    [Fact]
    public void A_heartbeat_before_any_dispatch_sends_an_explicit_null()
    {
        var beat = new GatewayPayload { Op = GatewayOpCode.Heartbeat };

        Assert.Equal("""{"op":1,"d":null}""", JsonSerializer.Serialize(beat, DiscordJsonContext.Default.GatewayPayload));
    }
}
