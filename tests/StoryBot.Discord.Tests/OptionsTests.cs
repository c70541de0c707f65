using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Gateway;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord.Tests;

public sealed class OptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddDiscordClient(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Binds_the_discord_section_with_defaults()
    {
        using var services = Build(new() { ["Discord:Token"] = "abc", ["Discord:CommandGuildId"] = "123" });

        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal("https://discord.com/api/v10", options.ApiBaseUrl);
        Assert.Equal("123", options.CommandGuildId);
        Assert.Equal(0, options.ShardId);
        Assert.Equal(1, options.ShardCount);
        Assert.Equal(8, options.MaxConcurrentInteractions);
        Assert.IsType<GatewayClient>(services.GetRequiredService<IDiscordGateway>());
        Assert.IsType<DiscordRestClient>(services.GetRequiredService<IDiscordRestClient>());
    }

    [Fact]
    public void A_missing_token_fails_with_a_sentence_naming_the_setting()
    {
        using var services = Build([]);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:Token", error.Message);
    }

    [Theory]
    [InlineData("Discord:ShardId", "1", "ShardId")]
    [InlineData("Discord:CommandGuildId", "my-guild", "CommandGuildId")]
    [InlineData("Discord:Token", "Bot abc", "without the 'Bot ' prefix")]
    [InlineData("Discord:ApiBaseUrl", "not a url", "ApiBaseUrl")]
    public void Rejects_invalid_settings_with_a_clear_message(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { ["Discord:Token"] = "abc", [key] = value };
        using var services = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(expected, error.Message);
    }
}
