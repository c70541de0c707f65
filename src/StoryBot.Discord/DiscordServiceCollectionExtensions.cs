using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Gateway;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Discord transport: <see cref="DiscordOptions"/> bound from the <c>Discord</c> section and validated
    /// at start-up, the REST client (<see cref="IDiscordRestClient"/>) on a named HttpClient, and the gateway
    /// (<see cref="IDiscordGateway"/>, one shard).
    /// </summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RateLimitBuckets>();
        services.TryAddSingleton<IdentifyLimiter>();
        services.TryAddSingleton(_ => new ReconnectPolicy());
        services.AddHttpClient(DiscordRestClient.HttpClientName, (provider, http) =>
        {
            var baseUrl = provider.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl.TrimEnd('/') + "/";
            http.BaseAddress = new Uri(baseUrl);
            http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", DiscordRestClient.UserAgent);
        })
            // The default HttpClient logs print request URLs, and interaction URLs contain interaction tokens.
            .RemoveAllLoggers();
        services.TryAddSingleton<IDiscordRestClient, DiscordRestClient>();
        services.TryAddSingleton<GatewayClient>();
        services.TryAddSingleton<IDiscordGateway>(provider => provider.GetRequiredService<GatewayClient>());
        return services;
    }
}
