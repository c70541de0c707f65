using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Settings;

namespace StoryBot.Tests.Settings;

public sealed class SettingsRegistrationTests
{
    [Fact]
    public async Task AddGuildSettings_wires_the_store_at_the_configured_path_the_gate_and_config()
    {
        using var folder = new TempFolder();
        var path = folder.File("configured.db");
        using var services = Build(new() { ["Settings:Database"] = path });

        var store = services.GetRequiredService<ISettingsStore>();
        await store.GetAsync("500", default);

        Assert.Equal(path, services.GetRequiredService<SqliteSettingsStore>().DatabasePath);
        Assert.True(File.Exists(path));
        Assert.IsType<SettingsGate>(services.GetRequiredService<ICommandGate>());
        Assert.Contains(services.GetServices<ICommand>(), c => c is ConfigCommand);
    }

    [Fact]
    public void Without_configuration_the_database_is_data_storybot_db_under_the_working_directory()
    {
        using var services = Build([]);

        var store = services.GetRequiredService<SqliteSettingsStore>();

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "data", "storybot.db"), store.DatabasePath);
    }

    [Fact]
    public void Invalid_settings_options_fail_with_a_message_naming_the_option()
    {
        using var services = Build(new() { ["Settings:Database"] = "", ["Settings:BusyTimeoutSeconds"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SettingsOptions>>().Value);

        Assert.Contains("Database", error.Message);
        Assert.Contains("BusyTimeoutSeconds", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddLogging().AddGuildSettings(configuration).BuildServiceProvider();
    }
}
