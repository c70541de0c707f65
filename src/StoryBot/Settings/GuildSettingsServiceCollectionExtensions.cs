using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StoryBot.Commands;

namespace StoryBot.Settings;

public static class GuildSettingsServiceCollectionExtensions
{
    /// <summary>
    /// Per-server settings: options from the "Settings" section (validated at start-up), the SQLite store, the gate
    /// that applies settings to story commands and mentions, and the /config command.
    /// </summary>
    public static IServiceCollection AddGuildSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SettingsOptions>()
            .Bind(configuration.GetSection(SettingsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteSettingsStore>();
        services.AddSingleton<ISettingsStore>(sp => sp.GetRequiredService<SqliteSettingsStore>());
        services.AddSingleton<CooldownTracker>();
        services.AddSingleton<ICommandGate, SettingsGate>();
        services.AddSingleton<ConfigCommand>();
        services.AddSingleton<ICommand>(sp => sp.GetRequiredService<ConfigCommand>());
        return services;
    }
}
