using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace StoryBot.Discord;

public static class DiscordHostingExtensions
{
    public const string TokenKey = "Discord:Token";
    /// <summary>The conventional environment variable, accepted beside <c>Discord__Token</c>.</summary>
    public const string TokenEnvironmentVariable = "DISCORD_TOKEN";

    /// <summary>The bot token from <c>Discord:Token</c> (or <c>Discord__Token</c>), else <c>DISCORD_TOKEN</c>; null when none is set.</summary>
    public static string? FindToken(IConfiguration configuration)
    {
        var token = configuration[TokenKey];
        if (string.IsNullOrWhiteSpace(token))
            token = configuration[TokenEnvironmentVariable];
        return string.IsNullOrWhiteSpace(token) ? null : token.Trim();
    }

    /// <summary>Makes a token given as <c>DISCORD_TOKEN</c> visible as <c>Discord:Token</c>, where the Discord options bind from.</summary>
    public static void AliasDiscordToken(this IConfigurationManager configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[TokenKey]) && FindToken(configuration) is { } token)
            configuration.AddInMemoryCollection([new(TokenKey, token)]);
    }

    /// <summary>
    /// Registers the Discord bot (gateway, REST, interaction handling) as hosted services, bound from the
    /// "Discord" configuration section. Called only when a token is configured.
    /// </summary>
    public static IHostApplicationBuilder AddDiscordTransport(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDiscordClient(builder.Configuration);
        services.AddOptions<DiscordBotOptions>()
            .Bind(builder.Configuration.GetSection(DiscordOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<HostExitCode>();
        services.AddSingleton<DiscordReplyRenderer>();
        services.TryAddSingleton<IAnswerVisibility, GuildAnswerVisibility>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<InteractionDispatcher>();
        services.AddSingleton<MentionHandler>();
        // Before the bot service: hosted services start in order, so the bot connects only once it is warm.
        services.AddHostedService<WarmUpService>();
        services.AddHostedService<DiscordBotService>();
        return builder;
    }
}
