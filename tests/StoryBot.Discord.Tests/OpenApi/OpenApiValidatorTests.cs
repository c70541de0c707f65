using StoryBot.FakeDiscord.OpenApi;

namespace StoryBot.Discord.Tests.OpenApi;

public sealed class OpenApiValidatorTests
{
    private static OpenApiValidator Validator => OpenApiValidator.Default;

    [Fact]
    public void Accepts_a_message_response_to_an_interaction()
    {
        var errors = Validator.Validate("POST", "/interactions/123/tok/callback",
            """{"type":4,"data":{"content":"hi","allowed_mentions":{"parse":[],"replied_user":false},"embeds":[{"title":"t","fields":[{"name":"a","value":"b"}]}],"components":[{"type":1,"components":[{"type":2,"style":5,"label":"Read","url":"https://example.com/a"}]}]}}""");

        Assert.Empty(errors);
    }

    [Fact]
    public void Rejects_a_body_the_spec_does_not_allow()
    {
        var wrongType = Validator.Validate("POST", "/interactions/123/tok/callback", """{"type":4,"data":{"content":42}}""");
        var unknownCallback = Validator.Validate("POST", "/interactions/123/tok/callback", """{"type":99}""");
        var tooLong = Validator.Validate("POST", "/interactions/123/tok/callback", "{\"type\":4,\"data\":{\"content\":\"" + new string('x', 2001) + "\"}}");

        Assert.NotEmpty(wrongType);
        Assert.NotEmpty(unknownCallback);
        Assert.NotEmpty(tooLong);
    }

    [Fact]
    public void Rejects_a_route_or_method_the_spec_does_not_have()
    {
        Assert.NotEmpty(Validator.Validate("POST", "/channels/1/not-a-route", "{}"));
        Assert.NotEmpty(Validator.Validate("DELETE", "/gateway/bot", null));
    }

    [Fact]
    public void Accepts_permissions_as_an_integer_string_as_the_docs_send_them_but_not_other_strings()
    {
        const string command = """[{"name":"settings","description":"Change settings","type":1,"default_member_permissions":"{0}","contexts":[0]}]""";

        Assert.Empty(Validator.Validate("PUT", "/applications/1/commands", command.Replace("{0}", "32", StringComparison.Ordinal)));
        Assert.NotEmpty(Validator.Validate("PUT", "/applications/1/commands", command.Replace("{0}", "manage guild", StringComparison.Ordinal)));
    }

    [Fact]
    public void Maps_a_path_to_the_most_specific_template()
    {
        Assert.Equal("/webhooks/{webhook_id}/{webhook_token}/messages/@original", Validator.FindTemplate("PATCH", "/webhooks/1/tok/messages/@original"));
        Assert.Equal("/channels/{channel_id}/messages", Validator.FindTemplate("POST", "/channels/42/messages"));
        Assert.Null(Validator.FindTemplate("POST", "/nowhere"));
    }
}
